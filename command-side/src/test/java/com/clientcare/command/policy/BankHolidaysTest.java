package com.clientcare.command.policy;

import com.clientcare.shared.policy.BankHoliday;
import com.clientcare.shared.policy.HolidaySource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** S6: bank holidays by rule, against the dates the UK government published (www.gov.uk/bank-holidays). */
class BankHolidaysTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = ':', value = {
            "ENGLAND_AND_WALES: 2018: 01-01 03-30 04-02 05-07 05-28 08-27 12-25 12-26",
            "ENGLAND_AND_WALES: 2019: 01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26",
            // VE day: the early May bank holiday moved from Monday 4 to Friday 8 May; Boxing Day on Monday 28
            "ENGLAND_AND_WALES: 2020: 01-01 04-10 04-13 05-08 05-25 08-31 12-25 12-28",
            // Christmas on a Saturday, Boxing Day on a Sunday: Monday 27 and Tuesday 28
            "ENGLAND_AND_WALES: 2021: 01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28",
            // Platinum Jubilee: spring holiday moved to Thursday 2 June and Friday 3 June added; the Queen's
            // state funeral on 19 September; Christmas on a Sunday after Boxing Day on Monday 26: Tuesday 27
            "ENGLAND_AND_WALES: 2022: 01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27",
            // the coronation on Monday 8 May
            "ENGLAND_AND_WALES: 2023: 01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26",
            "ENGLAND_AND_WALES: 2024: 01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26",
            "ENGLAND_AND_WALES: 2025: 01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26",
            "ENGLAND_AND_WALES: 2026: 01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-28",
            "ENGLAND_AND_WALES: 2027: 01-01 03-26 03-29 05-03 05-31 08-30 12-27 12-28",
            "ENGLAND_AND_WALES: 2028: 01-03 04-14 04-17 05-01 05-29 08-28 12-25 12-26",
            "ENGLAND_AND_WALES: 2029: 01-01 03-30 04-02 05-07 05-28 08-27 12-25 12-26",
            "ENGLAND_AND_WALES: 2030: 01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26",
            // Scotland: 2 January, no Easter Monday, summer holiday early in August, St Andrew's Day
            // 1 January on a Saturday and 2 January on a Sunday: Monday 3 and Tuesday 4
            "SCOTLAND: 2022: 01-03 01-04 04-15 05-02 06-02 06-03 08-01 09-19 11-30 12-26 12-27",
            "SCOTLAND: 2023: 01-02 01-03 04-07 05-01 05-08 05-29 08-07 11-30 12-25 12-26",
            // St Andrew's Day on a Sunday: Monday 1 December
            "SCOTLAND: 2025: 01-01 01-02 04-18 05-05 05-26 08-04 12-01 12-25 12-26",
            // Northern Ireland: St Patrick's Day and the Battle of the Boyne
            // St Patrick's Day on a Sunday: Monday 18 March
            "NORTHERN_IRELAND: 2024: 01-01 03-18 03-29 04-01 05-06 05-27 07-12 08-26 12-25 12-26",
            // the Battle of the Boyne on a Saturday: Monday 14 July
            "NORTHERN_IRELAND: 2025: 01-01 03-17 04-18 04-21 05-05 05-26 07-14 08-25 12-25 12-26"})
    void s6_bank_holidays_by_rule_are_the_published_ones(HolidaySource source, int year, String days) {
        assertThat(dates(source, year)).isEqualTo(days(year, days));
    }

    @Test
    void s6_a_calendar_without_a_source_has_no_bank_holidays() {
        assertThat(BankHolidays.of(HolidaySource.NONE, 2026)).isEmpty();
    }

    @Test
    void s6_substitute_days_and_one_offs_are_named() {
        assertThat(BankHolidays.of(HolidaySource.ENGLAND_AND_WALES, 2022)).contains(
                new BankHoliday(LocalDate.of(2022, 12, 27), "Christmas Day (substitute day)"),
                new BankHoliday(LocalDate.of(2022, 6, 3), "Platinum Jubilee bank holiday"));
    }

    @ParameterizedTest(name = "Easter {0}")
    @CsvSource({
            "1818, 1818-03-22", "1943, 1943-04-25", "2000, 2000-04-23", "2008, 2008-03-23", "2011, 2011-04-24",
            "2019, 2019-04-21", "2024, 2024-03-31", "2025, 2025-04-20", "2038, 2038-04-25", "2285, 2285-03-22"})
    void s6_easter_sunday_follows_the_gregorian_computus_at_its_earliest_and_latest(int year, LocalDate sunday) {
        assertThat(Easter.sunday(year)).isEqualTo(sunday);
    }

    @Test
    void s6_a_year_before_the_common_era_still_gives_bank_holidays_rather_than_an_error() {
        assertThat(BankHolidays.of(HolidaySource.ENGLAND_AND_WALES, -5)).hasSize(8);
    }

    private static List<LocalDate> dates(HolidaySource source, int year) {
        return BankHolidays.of(source, year).stream().map(BankHoliday::date).toList();
    }

    private static List<LocalDate> days(int year, String monthDays) {
        return Arrays.stream(monthDays.trim().split(" ")).map(day -> LocalDate.parse(year + "-" + day)).toList();
    }
}
