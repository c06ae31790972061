package com.clientcare.command.sla;

import com.clientcare.shared.client.Tier;
import com.clientcare.shared.sla.ClockBreachedEvent;
import com.clientcare.shared.sla.ClockMetEvent;
import com.clientcare.shared.sla.ClockStartedEvent;
import com.clientcare.shared.sla.ClockStoppedLateEvent;
import com.clientcare.shared.sla.RecordBreachCommand;
import com.clientcare.shared.sla.ServiceLevelRule;
import com.clientcare.shared.sla.StopClockCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

/** S7 at its edges (#15): the deadline itself, and stops that come after the clock has its outcome. */
class ServiceLevelClockRulesTest {

    private static final String CLOCK = "S4:complaint:k-1:0";
    private static final Instant STARTED = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2026-03-03T10:00:00Z");

    private AggregateTestFixture<ServiceLevelClock> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ServiceLevelClock.class);
    }

    @Test
    void s7_a_breach_asked_at_the_deadline_itself_is_recorded() {
        fixture.given(started())
                .when(new RecordBreachCommand(CLOCK, DEADLINE))
                .expectEvents(breached());
    }

    @Test
    void s7_a_stop_a_second_after_the_deadline_is_late() {
        Instant late = DEADLINE.plusSeconds(1);
        fixture.given(started())
                .when(new StopClockCommand(CLOCK, late, "assessment"))
                .expectEvents(breached(), new ClockStoppedLateEvent(CLOCK, ServiceLevelRule.S4, "k-1", late));
    }

    @Test
    void s7_a_late_stop_of_a_breached_clock_records_only_the_late_stop() {
        Instant late = DEADLINE.plusSeconds(3600);
        fixture.given(started(), breached())
                .when(new StopClockCommand(CLOCK, late, "assessment"))
                .expectEvents(new ClockStoppedLateEvent(CLOCK, ServiceLevelRule.S4, "k-1", late));
    }

    @Test
    void s7_a_met_clock_records_no_second_stop() {
        fixture.given(started(), new ClockMetEvent(CLOCK, ServiceLevelRule.S4, "k-1", STARTED.plusSeconds(60)))
                .when(new StopClockCommand(CLOCK, DEADLINE.plusSeconds(60), "assessment"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    private static ClockStartedEvent started() {
        return new ClockStartedEvent(CLOCK, ServiceLevelRule.S4, "k-1", "c-1", "k-1", Tier.GOLD, STARTED, DEADLINE,
                Instant.parse("2026-03-03T04:00:00Z"), 1);
    }

    private static ClockBreachedEvent breached() {
        return new ClockBreachedEvent(CLOCK, ServiceLevelRule.S4, "k-1", "c-1", "k-1", Tier.GOLD, DEADLINE, DEADLINE);
    }
}
