package com.clientcare.query.sla;

import com.clientcare.query.infra.InMemoryMongo;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.sla.ClockBreachedEvent;
import com.clientcare.shared.sla.ClockMetEvent;
import com.clientcare.shared.sla.ClockStartedEvent;
import com.clientcare.shared.sla.ClockStatus;
import com.clientcare.shared.sla.ServiceLevelRule;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceLevelProjectionTest {

    private static final Instant START = Instant.parse("2026-03-06T16:00:00Z");
    private static final Instant AT_RISK = Instant.parse("2026-03-09T11:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2026-03-09T12:00:00Z");

    private InMemoryMongo mongo;
    private ServiceLevelProjection projection;

    @BeforeEach
    void setUp() {
        mongo = new InMemoryMongo();
        projection = new ServiceLevelProjection(mongo.database("test"),
                new ObjectMapper().registerModule(new JavaTimeModule()));
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void s7_a_running_clock_is_at_risk_from_its_at_risk_time_and_met_when_stopped_in_time() {
        projection.on(started("S1:a", Tier.GOLD));

        assertThat(status(AT_RISK.minusSeconds(1))).isEqualTo(ClockStatus.RUNNING);
        assertThat(status(AT_RISK)).isEqualTo(ClockStatus.AT_RISK);
        assertThat(projection.clocks(AT_RISK, ClockStatus.AT_RISK, "c-1", null, ServiceLevelRule.S1)).hasSize(1);

        projection.on(new ClockMetEvent("S1:a", ServiceLevelRule.S1, "i-1", DEADLINE));
        assertThat(status(DEADLINE.plusSeconds(60))).isEqualTo(ClockStatus.MET);
    }

    @Test
    void s7_breaches_are_listed_by_time_rule_and_tier_and_compliance_counts_them() {
        projection.on(started("S1:a", Tier.GOLD));
        projection.on(started("S1:b", Tier.SILVER));
        projection.on(breached("S1:a", Tier.GOLD));
        projection.on(new ClockMetEvent("S1:b", ServiceLevelRule.S1, "i-1", DEADLINE));

        assertThat(projection.breaches(null, null, ServiceLevelRule.S1, Tier.GOLD)).extracting(ClockView::clockId)
                .containsExactly("S1:a");
        assertThat(projection.breaches(DEADLINE.plusSeconds(1), null, null, null)).isEmpty();
        assertThat(projection.breaches(null, null, null, Tier.SILVER)).isEmpty();
        assertThat(projection.compliance(ZoneId.of("Europe/London")))
                .extracting(ComplianceRate::tier, ComplianceRate::met, ComplianceRate::breached)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Tier.GOLD, 0, 1),
                        org.assertj.core.groups.Tuple.tuple(Tier.SILVER, 1, 0));
    }

    @Test
    void replaying_a_clocks_events_leaves_the_same_clock_and_a_reset_empties_the_model() {
        projection.on(started("S1:a", Tier.GOLD));
        projection.on(breached("S1:a", Tier.GOLD));
        projection.on(breached("S1:a", Tier.GOLD));

        assertThat(projection.clocks(DEADLINE, null, null, null, null)).hasSize(1).first()
                .extracting(ClockView::breachedAt).isEqualTo(DEADLINE);
        projection.reset();
        assertThat(projection.clocks(DEADLINE, null, null, null, null)).isEmpty();
    }

    private ClockStatus status(Instant now) {
        return projection.clocks(now, null, null, null, null).get(0).status();
    }

    private static ClockStartedEvent started(String clockId, Tier tier) {
        return new ClockStartedEvent(clockId, ServiceLevelRule.S1, "i-1", "c-1", null, tier, START, DEADLINE, AT_RISK, 1);
    }

    private static ClockBreachedEvent breached(String clockId, Tier tier) {
        return new ClockBreachedEvent(clockId, ServiceLevelRule.S1, "i-1", "c-1", null, tier, DEADLINE, DEADLINE);
    }
}
