package com.clientcare.query.sla;

import com.clientcare.shared.client.Tier;
import com.clientcare.shared.sla.ClockBreachRetractedEvent;
import com.clientcare.shared.sla.ClockBreachedEvent;
import com.clientcare.shared.sla.ClockMetEvent;
import com.clientcare.shared.sla.ClockStartedEvent;
import com.clientcare.shared.sla.ClockStatus;
import com.clientcare.shared.sla.ClockStoppedLateEvent;
import com.clientcare.shared.sla.ServiceLevelRule;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One service-level clock folded from its events (#15), as an auditor's as-of view reads it (S7). */
class ClockViewFoldTest {

    private static final String CLOCK = "S4:complaint:k-1:0";
    private static final Instant STARTED = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant AT_RISK = Instant.parse("2026-03-03T04:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2026-03-03T10:00:00Z");

    @Test
    void s7_a_history_without_the_start_is_no_clock() {
        assertThat(ClockView.fold(List.of(new ClockMetEvent(CLOCK, ServiceLevelRule.S4, "k-1", STARTED)))).isEmpty();
    }

    @Test
    void s7_a_clock_stopped_in_time_is_met_when_it_stopped() {
        ClockView clock = ClockView.fold(List.of(started(), new ClockMetEvent(CLOCK, ServiceLevelRule.S4, "k-1",
                AT_RISK))).orElseThrow();
        assertThat(clock.status()).isEqualTo(ClockStatus.MET);
        assertThat(clock.stoppedAt()).isEqualTo(AT_RISK);
    }

    @Test
    void s7_a_late_stop_keeps_the_breach_and_records_when_it_stopped() {
        Instant late = DEADLINE.plusSeconds(3600);
        ClockView clock = ClockView.fold(List.of(started(), breached(), new ClockStoppedLateEvent(CLOCK,
                ServiceLevelRule.S4, "k-1", late))).orElseThrow();
        assertThat(clock.status()).isEqualTo(ClockStatus.BREACHED);
        assertThat(clock.breachedAt()).isEqualTo(DEADLINE);
        assertThat(clock.stoppedAt()).isEqualTo(late);
    }

    @Test
    void s7_a_retracted_breach_shows_the_clock_met_and_the_breach_marked_retracted() {
        ClockView clock = ClockView.fold(List.of(started(), breached(), retracted())).orElseThrow();
        assertThat(clock.status()).isEqualTo(ClockStatus.MET);
        assertThat(clock.stoppedAt()).isEqualTo(DEADLINE);
        assertThat(clock.breachedAt()).isEqualTo(DEADLINE);
        assertThat(clock.breachRetracted()).isTrue();
    }

    @Test
    void s7_a_breach_seen_again_after_its_retraction_changes_nothing() {
        ClockView clock = ClockView.fold(List.of(started(), breached(), retracted(), breached())).orElseThrow();
        assertThat(clock.status()).isEqualTo(ClockStatus.MET);
    }

    @Test
    void s7_a_retraction_before_any_breach_is_simply_met() {
        ClockView clock = ClockView.fold(List.of(started(), retracted())).orElseThrow();
        assertThat(clock.status()).isEqualTo(ClockStatus.MET);
        assertThat(clock.breachRetracted()).isFalse();
    }

    @Test
    void s7_a_running_clock_is_at_risk_from_its_at_risk_time_on() {
        ClockView clock = ClockView.fold(List.of(started())).orElseThrow();
        assertThat(clock.seenAt(AT_RISK.minusSeconds(1)).status()).isEqualTo(ClockStatus.RUNNING);
        assertThat(clock.seenAt(AT_RISK).status()).isEqualTo(ClockStatus.AT_RISK);
    }

    private static ClockBreachedEvent breached() {
        return new ClockBreachedEvent(CLOCK, ServiceLevelRule.S4, "k-1", "c-1", "k-1", Tier.GOLD, DEADLINE, DEADLINE);
    }

    private static ClockBreachRetractedEvent retracted() {
        return new ClockBreachRetractedEvent(DEADLINE, CLOCK, ServiceLevelRule.S4, "k-1", "k-1", DEADLINE,
                "assessment");
    }

    private static ClockStartedEvent started() {
        return new ClockStartedEvent(CLOCK, ServiceLevelRule.S4, "k-1", "c-1", "k-1", Tier.GOLD, STARTED, DEADLINE,
                AT_RISK, 1);
    }
}
