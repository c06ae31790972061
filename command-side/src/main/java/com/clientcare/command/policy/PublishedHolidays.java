package com.clientcare.command.policy;

import com.clientcare.shared.policy.BankHoliday;
import com.clientcare.shared.policy.HolidaySource;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * S6: an officially published list of one division's bank holidays (the UK government's feed) against the
 * rules, over the years the list covers: what the list has that the rules lack (a newly announced holiday: an
 * import makes it an extra date of a new version) and what the rules have that the list lacks (shown, never
 * removed by an import: a list cut short would otherwise open the firm on a bank holiday).
 */
public record PublishedHolidays(HolidaySource source, int fromYear, int toYear, List<BankHoliday> notByRules,
                                List<BankHoliday> notPublished) {

    /** {@code published} is not empty. */
    static PublishedHolidays compare(HolidaySource source, List<BankHoliday> published) {
        IntSummaryStatistics years = published.stream().mapToInt(holiday -> holiday.date().getYear())
                .summaryStatistics();
        List<BankHoliday> byRules = IntStream.rangeClosed(years.getMin(), years.getMax()).boxed()
                .flatMap(year -> BankHolidays.of(source, year).stream())
                .toList();
        Set<LocalDate> ruleDates = byRules.stream().map(BankHoliday::date).collect(Collectors.toSet());
        Set<LocalDate> publishedDates = published.stream().map(BankHoliday::date).collect(Collectors.toSet());
        return new PublishedHolidays(source, years.getMin(), years.getMax(),
                published.stream().filter(holiday -> !ruleDates.contains(holiday.date()))
                        .sorted(Comparator.comparing(BankHoliday::date)).toList(),
                byRules.stream().filter(holiday -> !publishedDates.contains(holiday.date())).toList());
    }
}
