package com.clientcare.command.policy;

import com.clientcare.shared.client.Tier;
import com.clientcare.shared.policy.HolidaySource;
import com.clientcare.shared.policy.ServicePolicyTerms;
import com.clientcare.shared.policy.ServicePolicyVersionAdoptedEvent;
import com.clientcare.shared.sla.ServiceLevelRule;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** S6: versions recorded before holiday sources existed (#14) still read, and set the deadlines they set. */
class LegacyHolidayListTest {

    /** Version 1 as the system recorded it before #14: the England and Wales bank holidays of 2026 and 2027. */
    private static final String RECORDED_VERSION_1 = """
            {"policyId": "service-policy", "version": 1, "effectiveFrom": "1970-01-01T00:00:00Z",
             "reason": "default policy", "adoptedAt": "2026-03-01T08:00:00Z",
             "terms": {"zone": "Europe/London",
                       "workingDays": ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"],
                       "opensAt": "09:00:00", "closesAt": "17:00:00",
                       "publicHolidays": ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25",
                                          "2026-08-31", "2026-12-25", "2026-12-28", "2027-01-01", "2027-03-26",
                                          "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27",
                                          "2027-12-28"],
                       "emailResponseBusinessHours": {"PLATINUM": 2, "GOLD": 4, "SILVER": 8, "BRONZE": 24},
                       "followUpHours": 48, "assessmentHours": 24, "finalResponseDays": 28, "atRiskPercent": 75}}
            """;

    private static final Instant END_OF_2027 = Instant.parse("2028-01-01T00:00:00Z");

    /** Configured as the event store's serializer is: unknown fields ignored, ISO dates. */
    private static final ObjectMapper STORED = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void s6_recorded_version_1_reads_as_england_and_wales_with_nothing_extra_or_removed() throws Exception {
        PolicyVersion version = recordedVersion1();

        assertThat(version.terms().holidaySource()).isEqualTo(HolidaySource.ENGLAND_AND_WALES);
        assertThat(version.terms().publicHolidays()).isEmpty();
        assertThat(version.terms().removedHolidays()).isEmpty();
    }

    /** Every third hour of 2026 and 2027: a deadline its list placed in those years stays where it was. */
    @Test
    void s6_recorded_version_1_sets_every_deadline_within_2026_and_2027_where_its_list_did() throws Exception {
        PolicyVersion now = recordedVersion1();
        ServicePolicyTerms listed = STORED.readValue(RECORDED_VERSION_1, ServicePolicyVersionAdoptedEvent.class).terms();
        // how the version read before #14: its list and nothing else
        PolicyVersion before = new PolicyVersion(1, listed.withHolidays(HolidaySource.NONE, listed.publicHolidays(),
                List.of()), Instant.EPOCH);

        ZoneId london = ZoneId.of("Europe/London");
        List<String> moved = new ArrayList<>();
        for (ZonedDateTime start = ZonedDateTime.of(2026, 1, 1, 0, 30, 0, 0, london);
             start.getYear() < 2028; start = start.plusHours(3)) {
            for (ServiceLevelRule rule : List.of(ServiceLevelRule.S1, ServiceLevelRule.S2)) {
                ClockDeadline byList = before.deadlineFor(rule, Tier.BRONZE, start.toInstant());
                ClockDeadline byRules = now.deadlineFor(rule, Tier.BRONZE, start.toInstant());
                if (byList.deadline().isBefore(END_OF_2027) && !byRules.equals(byList)) {
                    moved.add(rule + " started " + start + ": " + byList + " -> " + byRules);
                }
            }
        }
        assertThat(moved).isEmpty();
    }

    @Test
    void s6_recorded_version_1_counts_bank_holidays_in_years_its_list_never_named() throws Exception {
        Instant christmasEve2025 = ZonedDateTime.of(2025, 12, 24, 10, 0, 0, 0, ZoneId.of("Europe/London")).toInstant();
        Instant newYearsEve2027 = ZonedDateTime.of(2027, 12, 31, 10, 0, 0, 0, ZoneId.of("Europe/London")).toInstant();

        assertThat(recordedVersion1().deadlineFor(ServiceLevelRule.S2, null, christmasEve2025).deadline())
                .isEqualTo(Instant.parse("2025-12-29T17:00:00Z"));
        // Monday 3 January 2028, the substitute for New Year's Day, was not in the list
        assertThat(recordedVersion1().deadlineFor(ServiceLevelRule.S2, null, newYearsEve2027).deadline())
                .isEqualTo(Instant.parse("2028-01-04T17:00:00Z"));
    }

    @Test
    void s6_a_recorded_list_that_differs_from_the_rules_keeps_its_differences_for_the_years_it_names() {
        ServicePolicyTerms recorded = DefaultServicePolicy.terms().withHolidays(null, List.of(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 5, 4),
                LocalDate.of(2026, 5, 25), LocalDate.of(2026, 8, 31), LocalDate.of(2026, 12, 24),
                LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28)), List.of());

        ServicePolicyTerms read = new PolicyVersion(2, recorded, Instant.EPOCH).terms();

        assertThat(read.holidaySource()).isEqualTo(HolidaySource.ENGLAND_AND_WALES);
        assertThat(read.publicHolidays()).containsExactly(LocalDate.of(2026, 12, 24));
        assertThat(read.removedHolidays()).containsExactly(LocalDate.of(2026, 4, 6));
    }

    private static PolicyVersion recordedVersion1() throws Exception {
        ServicePolicyVersionAdoptedEvent event = STORED.readValue(RECORDED_VERSION_1,
                ServicePolicyVersionAdoptedEvent.class);
        return new PolicyVersion(event.version(), event.terms(), event.effectiveFrom());
    }
}
