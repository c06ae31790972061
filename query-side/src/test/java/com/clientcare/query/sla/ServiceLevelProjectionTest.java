package com.clientcare.query.sla;

import com.clientcare.query.complaint.ComplaintsProjection;
import com.clientcare.query.infra.InMemoryMongo;
import com.clientcare.query.report.MonthlyReports;
import com.clientcare.query.satisfaction.ReportingPeriods;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.sla.ClockBreachRetractedEvent;
import com.clientcare.shared.sla.ClockBreachedEvent;
import com.clientcare.shared.sla.ClockMetEvent;
import com.clientcare.shared.sla.ClockStartedEvent;
import com.clientcare.shared.sla.ClockStatus;
import com.clientcare.shared.sla.ServiceLevelRule;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** One S1 clock's life in the read model (S7): running, at risk, met, breached, a breach retracted, replayed. */
class ServiceLevelProjectionTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant START = Instant.parse("2026-03-06T16:00:00Z");
    private static final Instant AT_RISK = Instant.parse("2026-03-09T11:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2026-03-09T12:00:00Z");
    private static final Instant STOPPED_IN_TIME = Instant.parse("2026-03-09T11:30:00Z");

    @AutoClose
    private final InMemoryMongo mongo = new InMemoryMongo();
    private final ServiceLevelProjection projection = ServiceLevelHistory.projection(mongo, LONDON);

    @Test
    void s7_a_running_clock_is_running_until_its_at_risk_time() {
        projection.on(started("S1:a", Tier.GOLD));

        assertThat(status(AT_RISK.minusSeconds(1))).isEqualTo(ClockStatus.RUNNING);
    }

    @Test
    void s7_a_running_clock_is_at_risk_from_its_at_risk_time() {
        projection.on(started("S1:a", Tier.GOLD));

        assertThat(status(AT_RISK)).isEqualTo(ClockStatus.AT_RISK);
    }

    @Test
    void s7_a_clock_at_risk_is_listed_among_the_clocks_at_risk_of_its_client_and_rule() {
        projection.on(started("S1:a", Tier.GOLD));

        assertThat(projection.clocks(AT_RISK, ClockStatus.AT_RISK, "c-1", null, ServiceLevelRule.S1, 0, 100).clocks())
                .extracting(ClockView::clockId).containsExactly("S1:a");
    }

    @Test
    void s7_a_clock_stopped_by_its_deadline_is_met() {
        projection.on(started("S1:a", Tier.GOLD));
        projection.on(new ClockMetEvent("S1:a", ServiceLevelRule.S1, "i-1", DEADLINE));

        assertThat(status(DEADLINE.plusSeconds(60))).isEqualTo(ClockStatus.MET);
    }

    @Test
    void s7_breaches_of_one_rule_and_tier_list_only_that_tiers_breach() {
        oneGoldClockBreachedOneSilverClockMet();

        assertThat(projection.breaches(null, null, ServiceLevelRule.S1, Tier.GOLD, 0, 100).clocks())
                .extracting(ClockView::clockId).containsExactly("S1:a");
    }

    @Test
    void s7_breaches_from_after_the_last_breach_are_none() {
        oneGoldClockBreachedOneSilverClockMet();

        assertThat(projection.breaches(DEADLINE.plusSeconds(1), null, null, null, 0, 100).clocks()).isEmpty();
    }

    @Test
    void s7_breaches_of_a_tier_whose_clock_was_met_are_none() {
        oneGoldClockBreachedOneSilverClockMet();

        assertThat(projection.breaches(null, null, null, Tier.SILVER, 0, 100).clocks()).isEmpty();
    }

    @Test
    void s7_compliance_counts_met_and_breached_clocks_per_tier() {
        oneGoldClockBreachedOneSilverClockMet();

        assertThat(projection.compliance())
                .extracting(ComplianceRate::tier, ComplianceRate::met, ComplianceRate::breached)
                .containsExactlyInAnyOrder(tuple(Tier.GOLD, 0, 1), tuple(Tier.SILVER, 1, 0));
    }

    @Test
    void s7_a_retracted_breach_shows_the_clock_met_when_it_stopped() {
        breachRetracted();

        ClockView clock = projection.clocks(DEADLINE.plusSeconds(3600), null, null, null, null, 0, 100).clocks().get(0);
        assertThat(clock.status()).isEqualTo(ClockStatus.MET);
        assertThat(clock.stoppedAt()).isEqualTo(STOPPED_IN_TIME);
    }

    @Test
    void s7_a_retracted_breach_stays_listed_among_the_breaches_marked_retracted() {
        breachRetracted();

        assertThat(projection.breaches(null, null, null, null, 0, 100).clocks()).singleElement()
                .satisfies(breach -> assertThat(breach.breachRetracted()).isTrue());
    }

    @Test
    void s7_a_retracted_breach_is_counted_met_in_compliance() {
        breachRetracted();

        assertThat(projection.compliance()).extracting(ComplianceRate::met, ComplianceRate::breached)
                .containsExactly(tuple(1, 0));
    }

    @Test
    void s7_a_breach_is_counted_among_the_months_breaches_of_the_report() {
        projection.on(started("S1:a", Tier.GOLD));
        projection.on(breached("S1:a", Tier.GOLD));

        assertThat(monthlyReports().of(YearMonth.of(2026, 3)).breaches()).isEqualTo(1);
    }

    @Test
    void s7_a_retracted_breach_is_not_counted_among_the_months_breaches_of_the_report() {
        breachRetracted();

        assertThat(monthlyReports().of(YearMonth.of(2026, 3)).breaches()).isZero();
    }

    @Test
    void s7_as_of_before_the_retraction_was_recorded_the_clock_shows_breached() {
        assertThat(ClockView.fold(List.of(started("S1:a", Tier.GOLD), breached("S1:a", Tier.GOLD))).orElseThrow()
                .status()).isEqualTo(ClockStatus.BREACHED);
    }

    @Test
    void s7_as_of_after_the_retraction_was_recorded_the_clock_shows_met_and_the_breach_retracted() {
        assertThat(ClockView.fold(List.of(started("S1:a", Tier.GOLD), breached("S1:a", Tier.GOLD),
                retracted("S1:a"))).orElseThrow()).extracting(ClockView::status, ClockView::breachRetracted)
                .containsExactly(ClockStatus.MET, true);
    }

    @Test
    void s7_by_business_time_before_the_deadline_a_late_recorded_stop_shows_the_clock_met_and_no_breach() {
        // business basis between the stop and the deadline: the breach (at the deadline) is not there yet
        assertThat(ClockView.fold(List.of(started("S1:a", Tier.GOLD), retracted("S1:a"))).orElseThrow())
                .extracting(ClockView::status, ClockView::breachedAt, ClockView::breachRetracted)
                .containsExactly(ClockStatus.MET, null, false);
    }

    @Test
    void replaying_a_clocks_events_leaves_the_same_clock() {
        projection.on(started("S1:a", Tier.GOLD));
        projection.on(breached("S1:a", Tier.GOLD));
        projection.on(breached("S1:a", Tier.GOLD));

        assertThat(projection.clocks(DEADLINE, null, null, null, null, 0, 100).clocks()).hasSize(1).first()
                .extracting(ClockView::breachedAt).isEqualTo(DEADLINE);
    }

    @Test
    void a_reset_empties_the_model() {
        projection.on(started("S1:a", Tier.GOLD));
        projection.on(breached("S1:a", Tier.GOLD));

        projection.reset();

        assertThat(projection.clocks(DEADLINE, null, null, null, null, 0, 100).clocks()).isEmpty();
    }

    @Test
    void s7_the_gauge_of_clocks_at_risk_now_counts_running_clocks_past_their_at_risk_time_by_rule() {
        SimpleMeterRegistry meters = clocksAtRiskSeenAt(STOPPED_IN_TIME);
        projection.on(started("S1:a", Tier.GOLD));
        projection.on(clock("S1:b", ServiceLevelRule.S1, DEADLINE));
        projection.on(clock("S4:a", ServiceLevelRule.S4, AT_RISK));

        assertThat(atRisk(meters, ServiceLevelRule.S1)).isEqualTo(1);
        assertThat(atRisk(meters, ServiceLevelRule.S4)).isEqualTo(1);
        assertThat(atRisk(meters, ServiceLevelRule.S2)).isZero();
    }

    @Test
    void s7_a_clock_met_or_breached_is_no_longer_counted_at_risk_now_one_still_running_is() {
        SimpleMeterRegistry meters = clocksAtRiskSeenAt(DEADLINE.plusSeconds(60));
        projection.on(started("S1:a", Tier.GOLD));
        projection.on(clock("S4:a", ServiceLevelRule.S4, AT_RISK));
        projection.on(clock("S2:a", ServiceLevelRule.S2, AT_RISK));
        projection.on(new ClockMetEvent("S1:a", ServiceLevelRule.S1, "i-1", STOPPED_IN_TIME));
        projection.on(new ClockBreachedEvent("S4:a", ServiceLevelRule.S4, "i-1", "c-1", null, null, DEADLINE,
                DEADLINE));

        assertThat(atRisk(meters, ServiceLevelRule.S1)).isZero();
        assertThat(atRisk(meters, ServiceLevelRule.S4)).isZero();
        assertThat(atRisk(meters, ServiceLevelRule.S2)).isEqualTo(1);
    }

    private void oneGoldClockBreachedOneSilverClockMet() {
        projection.on(started("S1:a", Tier.GOLD));
        projection.on(started("S1:b", Tier.SILVER));
        projection.on(breached("S1:a", Tier.GOLD));
        projection.on(new ClockMetEvent("S1:b", ServiceLevelRule.S1, "i-1", DEADLINE));
    }

    /** Breached at the deadline, then a stop dated before it and recorded after it retracts the breach. */
    private void breachRetracted() {
        projection.on(started("S1:a", Tier.GOLD));
        projection.on(breached("S1:a", Tier.GOLD));
        projection.on(retracted("S1:a"));
    }

    private MonthlyReports monthlyReports() {
        return new MonthlyReports(new ComplaintsProjection(mongo.database("test"),
                new ObjectMapper().registerModule(new JavaTimeModule()), new ReportingPeriods(LONDON)), projection);
    }

    private SimpleMeterRegistry clocksAtRiskSeenAt(Instant now) {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        new ClocksAtRisk(projection, Clock.fixed(now, ZoneOffset.UTC), meters);
        return meters;
    }

    private static double atRisk(SimpleMeterRegistry meters, ServiceLevelRule rule) {
        return meters.get(ClocksAtRisk.AT_RISK).tag("rule", rule.name()).gauge().value();
    }

    private static ClockStartedEvent clock(String clockId, ServiceLevelRule rule, Instant atRiskFrom) {
        return new ClockStartedEvent(clockId, rule, "i-1", "c-1", null, Tier.GOLD, START, DEADLINE, atRiskFrom, 1);
    }

    private ClockStatus status(Instant now) {
        return projection.clocks(now, null, null, null, null, 0, 100).clocks().get(0).status();
    }

    private static ClockStartedEvent started(String clockId, Tier tier) {
        return ServiceLevelHistory.started(clockId, ServiceLevelRule.S1, "c-1", null, tier, START, DEADLINE);
    }

    private static ClockBreachedEvent breached(String clockId, Tier tier) {
        return ServiceLevelHistory.breached(clockId, ServiceLevelRule.S1, "c-1", null, tier, DEADLINE);
    }

    private static ClockBreachRetractedEvent retracted(String clockId) {
        return new ClockBreachRetractedEvent(STOPPED_IN_TIME, clockId, ServiceLevelRule.S1, "i-1", null, DEADLINE,
                "response");
    }
}
