package com.clientcare.command.sla;

import com.clientcare.command.policy.DefaultServicePolicy;
import com.clientcare.command.policy.PolicyVersion;
import com.clientcare.command.policy.ServicePolicies;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.policy.HolidaySource;
import com.clientcare.shared.policy.ServicePolicyTerms;
import com.clientcare.shared.sla.ClockBreachRetractedEvent;
import com.clientcare.shared.sla.ClockBreachedEvent;
import com.clientcare.shared.sla.ClockMetEvent;
import com.clientcare.shared.sla.ClockStartedEvent;
import com.clientcare.shared.sla.ClockStoppedLateEvent;
import com.clientcare.shared.sla.RecordBreachCommand;
import com.clientcare.shared.sla.ServiceLevelRule;
import com.clientcare.shared.sla.StartClockCommand;
import com.clientcare.shared.sla.StopClockCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** S6, S7: a clock's deadline comes from the policy version in force at its start; met, or breached once. */
class ServiceLevelClockTest {

    private static final Instant FRIDAY_4PM = Instant.parse("2026-03-06T16:00:00Z");
    private static final Instant MONDAY_NOON = Instant.parse("2026-03-09T12:00:00Z");
    private static final Instant AT_RISK = Instant.parse("2026-03-09T11:00:00Z");
    private static final String CLOCK = "S1:i-1";

    private AggregateTestFixture<ServiceLevelClock> fixture;
    private ServicePolicies policies;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ServiceLevelClock.class);
        policies = mock(ServicePolicies.class);
        when(policies.inForceAt(org.mockito.ArgumentMatchers.any()))
                .thenReturn(new PolicyVersion(1, DefaultServicePolicy.terms(), Instant.EPOCH));
        fixture.registerInjectableResource(policies);
    }

    @Test
    void s1_a_gold_enquiry_on_friday_at_four_is_due_monday_at_noon_by_policy_version_1() {
        fixture.givenNoPriorActivity()
                .when(start())
                .expectEvents(started());
    }

    @Test
    void s6_a_clock_started_after_a_policy_change_uses_the_new_version() {
        ServicePolicyTerms faster = new ServicePolicyTerms("Europe/London", DefaultServicePolicy.terms().workingDays(),
                DefaultServicePolicy.terms().opensAt(), DefaultServicePolicy.terms().closesAt(),
                HolidaySource.ENGLAND_AND_WALES, List.of(), List.of(),
                Map.of(Tier.PLATINUM, 1, Tier.GOLD, 2, Tier.SILVER, 4, Tier.BRONZE, 8), 48, 24, 28, 50);
        when(policies.inForceAt(FRIDAY_4PM)).thenReturn(new PolicyVersion(2, faster, FRIDAY_4PM.minusSeconds(60)));

        fixture.givenNoPriorActivity()
                .when(start())
                .expectEvents(new ClockStartedEvent(CLOCK, ServiceLevelRule.S1, "i-1", "c-1", null, Tier.GOLD, FRIDAY_4PM,
                        Instant.parse("2026-03-09T10:00:00Z"), Instant.parse("2026-03-06T17:00:00Z"), 2));
    }

    /** The example of #14: before bank holidays came by rule, this was due at 17:00 on Christmas Day. */
    @Test
    void s2_a_phone_complaint_on_christmas_eve_2025_is_due_at_the_end_of_monday_29_december() {
        Instant christmasEve = Instant.parse("2025-12-24T10:00:00Z");
        fixture.givenNoPriorActivity()
                .when(new StartClockCommand("S2:k-1", ServiceLevelRule.S2, "k-1", "c-1", "k-1", Tier.GOLD,
                        christmasEve))
                .expectEvents(new ClockStartedEvent("S2:k-1", ServiceLevelRule.S2, "k-1", "c-1", "k-1", Tier.GOLD,
                        christmasEve, Instant.parse("2025-12-29T17:00:00Z"), Instant.parse("2025-12-29T13:15:00Z"), 1));
    }

    /** S3 counts calendar hours, weekend included: a Friday meeting is followed up by Sunday at the same hour. */
    @Test
    void s3_a_meeting_on_friday_at_four_is_followed_up_by_sunday_at_four_at_risk_after_36_hours() {
        Instant sunday4pm = Instant.parse("2026-03-08T16:00:00Z");
        fixture.givenNoPriorActivity()
                .when(new StartClockCommand("S3:m-1", ServiceLevelRule.S3, "m-1", "c-1", null, Tier.SILVER,
                        FRIDAY_4PM))
                .expectEvents(new ClockStartedEvent("S3:m-1", ServiceLevelRule.S3, "m-1", "c-1", null, Tier.SILVER,
                        FRIDAY_4PM, sunday4pm, sunday4pm.minusSeconds(12 * 3600), 1));
    }

    @Test
    void s7_starting_a_started_clock_again_records_nothing() {
        fixture.given(started()).when(start()).expectNoEvents();
    }

    @Test
    void s7_a_stop_by_the_deadline_is_met() {
        fixture.given(started())
                .when(new StopClockCommand(CLOCK, MONDAY_NOON, "response"))
                .expectEvents(new ClockMetEvent(CLOCK, ServiceLevelRule.S1, "i-1", MONDAY_NOON));
    }

    @Test
    void s7_the_deadline_passing_first_records_a_breach_at_the_deadline_even_if_noticed_later() {
        fixture.given(started())
                .when(new RecordBreachCommand(CLOCK, Instant.parse("2026-03-20T08:00:00Z")))
                .expectEvents(breached());
    }

    @Test
    void s7_before_the_deadline_nothing_is_breached() {
        fixture.given(started())
                .when(new RecordBreachCommand(CLOCK, MONDAY_NOON.minusSeconds(1)))
                .expectNoEvents();
    }

    @Test
    void s7_a_breach_is_recorded_once() {
        fixture.given(started(), breached())
                .when(new RecordBreachCommand(CLOCK, MONDAY_NOON.plusSeconds(3600)))
                .expectNoEvents();
    }

    @Test
    void s7_a_late_stop_records_the_breach_at_the_deadline_then_the_late_stop() {
        Instant late = MONDAY_NOON.plusSeconds(60);
        fixture.given(started())
                .when(new StopClockCommand(CLOCK, late, "response"))
                .expectEvents(breached(), new ClockStoppedLateEvent(CLOCK, ServiceLevelRule.S1, "i-1", late));
    }

    @Test
    void s7_a_stop_dated_by_the_deadline_but_recorded_after_the_breach_retracts_the_breach() {
        Instant inTime = MONDAY_NOON.minusSeconds(1800);
        fixture.given(started(), breached())
                .when(new StopClockCommand(CLOCK, inTime, "assessment"))
                .expectEvents(new ClockBreachRetractedEvent(inTime, CLOCK, ServiceLevelRule.S1, "i-1", null,
                        MONDAY_NOON, "assessment"));
    }

    @Test
    void s7_a_retracted_breach_leaves_a_met_clock_that_later_stops_leave_alone() {
        fixture.given(started(), breached(), new ClockBreachRetractedEvent(MONDAY_NOON, CLOCK, ServiceLevelRule.S1,
                        "i-1", null, MONDAY_NOON, "assessment"))
                .when(new StopClockCommand(CLOCK, MONDAY_NOON.plusSeconds(60), "final response"))
                .expectNoEvents();
    }

    @Test
    void s7_a_met_clock_is_never_breached() {
        fixture.given(started(), new ClockMetEvent(CLOCK, ServiceLevelRule.S1, "i-1", MONDAY_NOON))
                .when(new RecordBreachCommand(CLOCK, MONDAY_NOON.plusSeconds(3600)))
                .expectNoEvents();
    }

    private static StartClockCommand start() {
        return new StartClockCommand(CLOCK, ServiceLevelRule.S1, "i-1", "c-1", null, Tier.GOLD, FRIDAY_4PM);
    }

    private static ClockStartedEvent started() {
        return new ClockStartedEvent(CLOCK, ServiceLevelRule.S1, "i-1", "c-1", null, Tier.GOLD, FRIDAY_4PM, MONDAY_NOON,
                AT_RISK, 1);
    }

    private static ClockBreachedEvent breached() {
        return new ClockBreachedEvent(CLOCK, ServiceLevelRule.S1, "i-1", "c-1", null, Tier.GOLD, MONDAY_NOON, MONDAY_NOON);
    }
}
