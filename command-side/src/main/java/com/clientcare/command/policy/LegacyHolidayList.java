package com.clientcare.command.policy;

import com.clientcare.shared.policy.BankHoliday;
import com.clientcare.shared.policy.HolidaySource;
import com.clientcare.shared.policy.ServicePolicyTerms;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * S6: how a version recorded before holiday sources existed (#14) reads now. Its list was the whole calendar it
 * knew, and every such list was England and Wales' (version 1 listed exactly their bank holidays of 2026 and
 * 2027). So: England and Wales' rules, with the list kept as it was for every year it names (dates it lacks are
 * removed, dates the rules lack are extra), and the rules alone for the years it never named. Deadlines of
 * clocks started in the listed years come out as before; the other years gain their bank holidays.
 */
final class LegacyHolidayList {

    private LegacyHolidayList() {
    }

    static ServicePolicyTerms read(ServicePolicyTerms terms) {
        if (terms.holidaySource() != null) {
            return terms;
        }
        Set<LocalDate> listed = Set.copyOf(terms.publicHolidays());
        List<LocalDate> byRules = listed.stream().map(LocalDate::getYear).distinct()
                .flatMap(year -> BankHolidays.of(HolidaySource.ENGLAND_AND_WALES, year).stream())
                .map(BankHoliday::date)
                .toList();
        List<LocalDate> extra = listed.stream().filter(day -> !byRules.contains(day)).sorted().toList();
        List<LocalDate> removed = byRules.stream().filter(day -> !listed.contains(day)).sorted().toList();
        return terms.withHolidays(HolidaySource.ENGLAND_AND_WALES, extra, removed);
    }
}
