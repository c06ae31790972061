package com.clientcare.shared.policy;

import com.clientcare.shared.client.Tier;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * S6: the targets and the business calendar of one version of the service policy. S1 is in business hours per
 * tier; S2 is the end of the next working day; S3 and S4 are calendar hours; S5 calendar days. A clock is at
 * risk once {@code atRiskPercent} of its time is used.
 * <p>
 * The firm is closed on the bank holidays of {@code holidaySource}, and on {@code publicHolidays} (extra dates:
 * a one-off closure, a newly announced holiday), but open on {@code removedHolidays}. Versions recorded before
 * holiday sources existed (#14) carry only {@code publicHolidays}, the full list of their holidays, and read
 * here with a null {@code holidaySource}; the command side takes that list as the whole calendar of the years
 * it names and England and Wales' rules for the other years.
 */
public record ServicePolicyTerms(
        String zone,
        Set<DayOfWeek> workingDays,
        LocalTime opensAt,
        LocalTime closesAt,
        HolidaySource holidaySource,
        List<LocalDate> publicHolidays,
        List<LocalDate> removedHolidays,
        Map<Tier, Integer> emailResponseBusinessHours,
        int followUpHours,
        int assessmentHours,
        int finalResponseDays,
        int atRiskPercent) {

    public ServicePolicyTerms {
        // tolerant of versions recorded before #14, which have no removed dates
        publicHolidays = publicHolidays == null ? List.of() : publicHolidays;
        removedHolidays = removedHolidays == null ? List.of() : removedHolidays;
    }

    /** The same terms with another holiday calendar. */
    public ServicePolicyTerms withHolidays(HolidaySource source, List<LocalDate> extra, List<LocalDate> removed) {
        return new ServicePolicyTerms(zone, workingDays, opensAt, closesAt, source, extra, removed,
                emailResponseBusinessHours, followUpHours, assessmentHours, finalResponseDays, atRiskPercent);
    }
}
