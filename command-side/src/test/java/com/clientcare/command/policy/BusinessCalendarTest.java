package com.clientcare.command.policy;

import com.clientcare.shared.client.Tier;
import com.clientcare.shared.policy.HolidaySource;
import com.clientcare.shared.sla.ServiceLevelRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** S1..S6 arithmetic on the default calendar: Europe/London, Monday to Friday 09:00-17:00, bank holidays. */
class BusinessCalendarTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final PolicyVersion policy = new PolicyVersion(1, DefaultServicePolicy.terms(), Instant.EPOCH);

    @ParameterizedTest(name = "S1 {0}: received {1} -> due {2}")
    @CsvSource({
            // the example of the issue: Gold, Friday 16:00 -> Monday 12:00
            "GOLD, 2026-03-06T16:00, 2026-03-09T12:00",
            "PLATINUM, 2026-03-04T10:00, 2026-03-04T12:00",
            "PLATINUM, 2026-03-04T16:30, 2026-03-05T10:30",
            "SILVER, 2026-03-04T09:00, 2026-03-04T17:00",
            "SILVER, 2026-03-04T07:00, 2026-03-04T17:00",
            "SILVER, 2026-03-04T18:00, 2026-03-05T17:00",
            "BRONZE, 2026-03-04T09:00, 2026-03-06T17:00",
            "BRONZE, 2026-03-04T10:00, 2026-03-09T10:00",
            // Saturday enquiry: the clock runs from Monday's opening
            "GOLD, 2026-03-07T11:00, 2026-03-09T13:00",
            // Good Friday 3 April and Easter Monday 6 April 2026 are bank holidays
            "GOLD, 2026-04-02T15:00, 2026-04-07T11:00",
            // bank holidays of other years: Christmas and Easter 2025, the 2022 jubilee, 2023 coronation,
            // the Queen's funeral on 19 September 2022
            "GOLD, 2025-12-24T15:00, 2025-12-29T11:00",
            "GOLD, 2025-04-17T15:00, 2025-04-22T11:00",
            "BRONZE, 2022-06-01T09:00, 2022-06-07T17:00",
            "PLATINUM, 2023-05-05T16:30, 2023-05-09T10:30",
            "SILVER, 2022-09-16T13:00, 2022-09-20T13:00"})
    void s1_business_hours_by_tier(Tier tier, String received, String due) {
        assertThat(deadline(ServiceLevelRule.S1, tier, received)).isEqualTo(london(due));
    }

    @ParameterizedTest(name = "S2: received {0} -> due {1}")
    @CsvSource({
            "2026-03-04T10:00, 2026-03-05T17:00",
            "2026-03-06T10:00, 2026-03-09T17:00",
            "2026-03-07T10:00, 2026-03-09T17:00",
            "2026-04-02T10:00, 2026-04-07T17:00",
            "2026-12-24T12:00, 2026-12-29T17:00",
            // the example: Christmas Day and Boxing Day 2025, then the weekend
            "2025-12-24T10:00, 2025-12-29T17:00",
            // Good Friday 18 April and Easter Monday 21 April 2025
            "2025-04-17T10:00, 2025-04-22T17:00",
            // 2020: the early May bank holiday was Friday 8 May, so Monday 4 May was a working day
            "2020-05-07T10:00, 2020-05-11T17:00",
            "2020-05-01T10:00, 2020-05-04T17:00",
            // 2022: Thursday 2 and Friday 3 June were holidays, Monday 30 May was not; 19 September was
            "2022-06-01T10:00, 2022-06-06T17:00",
            "2022-05-27T10:00, 2022-05-30T17:00",
            "2022-09-16T10:00, 2022-09-20T17:00",
            // the coronation, Monday 8 May 2023
            "2023-05-05T10:00, 2023-05-09T17:00",
            // New Year's Day 2028 is a Saturday: Monday 3 January is its substitute
            "2027-12-31T10:00, 2028-01-04T17:00"})
    void s2_end_of_the_next_working_day(String received, String due) {
        assertThat(deadline(ServiceLevelRule.S2, null, received)).isEqualTo(london(due));
    }

    @Test
    void s6_a_version_closes_on_its_extra_dates_and_opens_on_its_removed_ones() {
        PolicyVersion closure = new PolicyVersion(2, DefaultServicePolicy.terms().withHolidays(
                HolidaySource.ENGLAND_AND_WALES, List.of(LocalDate.of(2026, 3, 5)), List.of(LocalDate.of(2026, 4, 6))),
                Instant.EPOCH);

        assertThat(closure.deadlineFor(ServiceLevelRule.S2, null, london("2026-03-04T10:00")).deadline())
                .isEqualTo(london("2026-03-06T17:00"));
        assertThat(closure.deadlineFor(ServiceLevelRule.S2, null, london("2026-04-02T10:00")).deadline())
                .isEqualTo(london("2026-04-06T17:00"));
    }

    @Test
    void s6_a_scottish_calendar_opens_on_easter_monday_and_closes_on_st_andrews_day() {
        PolicyVersion scotland = new PolicyVersion(2, DefaultServicePolicy.terms().withHolidays(
                HolidaySource.SCOTLAND, List.of(), List.of()), Instant.EPOCH);

        assertThat(scotland.deadlineFor(ServiceLevelRule.S2, null, london("2026-04-02T10:00")).deadline())
                .isEqualTo(london("2026-04-06T17:00"));
        assertThat(scotland.deadlineFor(ServiceLevelRule.S2, null, london("2026-11-27T10:00")).deadline())
                .isEqualTo(london("2026-12-01T17:00"));
    }

    @Test
    void s3_s4_are_calendar_hours_and_s5_is_28_calendar_days() {
        assertThat(deadline(ServiceLevelRule.S3, null, "2026-03-06T16:00")).isEqualTo(london("2026-03-08T16:00"));
        assertThat(deadline(ServiceLevelRule.S4, null, "2026-03-06T16:00")).isEqualTo(london("2026-03-07T16:00"));
        assertThat(deadline(ServiceLevelRule.S5, null, "2026-03-02T10:00")).isEqualTo(london("2026-03-30T10:00"));
    }

    @Test
    void dst_changes_in_march_and_october_cost_no_hour() {
        // clocks go forward on Sunday 29 March 2026 and back on Sunday 25 October 2026
        assertThat(deadline(ServiceLevelRule.S5, null, "2026-03-20T10:00")).isEqualTo(london("2026-04-17T10:00"));
        assertThat(deadline(ServiceLevelRule.S1, Tier.GOLD, "2026-03-27T16:00")).isEqualTo(london("2026-03-30T12:00"));
        assertThat(deadline(ServiceLevelRule.S1, Tier.GOLD, "2026-10-23T16:00")).isEqualTo(london("2026-10-26T12:00"));
        // 24 calendar hours across the change are 24 real hours
        Instant start = london("2026-03-28T12:00");
        assertThat(deadline(ServiceLevelRule.S4, null, "2026-03-28T12:00")).isEqualTo(start.plusSeconds(24 * 3600));
    }

    @Test
    void at_risk_is_at_75_percent_of_the_time() {
        ClockDeadline due = policy.deadlineFor(ServiceLevelRule.S4, null, london("2026-03-04T00:00"));
        assertThat(due.atRiskFrom()).isEqualTo(london("2026-03-04T18:00"));
        assertThat(due.policyVersion()).isEqualTo(1);
    }

    private Instant deadline(ServiceLevelRule rule, Tier tier, String receivedLondon) {
        return policy.deadlineFor(rule, tier, london(receivedLondon)).deadline();
    }

    private static Instant london(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), LONDON).toInstant();
    }
}
