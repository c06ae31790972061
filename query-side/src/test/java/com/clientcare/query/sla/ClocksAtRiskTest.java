package com.clientcare.query.sla;

import com.clientcare.query.infra.InMemoryMongo;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.sla.ClockBreachedEvent;
import com.clientcare.shared.sla.ClockMetEvent;
import com.clientcare.shared.sla.ClockStartedEvent;
import com.clientcare.shared.sla.ServiceLevelRule;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The gauge of clocks at risk now, by rule (S7), as Prometheus would scrape it. */
class ClocksAtRiskTest {

    private static final Instant NOW = Instant.parse("2026-03-09T11:30:00Z");

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private InMemoryMongo mongo;
    private ServiceLevelProjection projection;

    @BeforeEach
    void setUp() {
        mongo = new InMemoryMongo();
        projection = new ServiceLevelProjection(mongo.database("test"),
                new ObjectMapper().registerModule(new JavaTimeModule()));
        new ClocksAtRisk(projection, Clock.fixed(NOW, ZoneOffset.UTC), meters);
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void s7_running_clocks_past_their_at_risk_time_are_counted_by_rule() {
        projection.on(started("S1:a", ServiceLevelRule.S1, NOW.minusSeconds(60)));
        projection.on(started("S1:b", ServiceLevelRule.S1, NOW.plusSeconds(60)));
        projection.on(started("S4:a", ServiceLevelRule.S4, NOW));

        assertThat(atRisk(ServiceLevelRule.S1)).isEqualTo(1);
        assertThat(atRisk(ServiceLevelRule.S4)).isEqualTo(1);
        assertThat(atRisk(ServiceLevelRule.S2)).isZero();
    }

    @Test
    void s7_a_clock_met_or_breached_is_no_longer_counted_at_risk() {
        projection.on(started("S1:a", ServiceLevelRule.S1, NOW.minusSeconds(60)));
        projection.on(started("S4:a", ServiceLevelRule.S4, NOW.minusSeconds(60)));
        projection.on(new ClockMetEvent("S1:a", ServiceLevelRule.S1, "i-1", NOW.minusSeconds(30)));
        projection.on(new ClockBreachedEvent("S4:a", ServiceLevelRule.S4, "k-1", "c-1", "k-1", null,
                NOW.minusSeconds(30), NOW.minusSeconds(30)));

        assertThat(atRisk(ServiceLevelRule.S1)).isZero();
        assertThat(atRisk(ServiceLevelRule.S4)).isZero();
    }

    private double atRisk(ServiceLevelRule rule) {
        return meters.get(ClocksAtRisk.AT_RISK).tag("rule", rule.name()).gauge().value();
    }

    private static ClockStartedEvent started(String clockId, ServiceLevelRule rule, Instant atRiskFrom) {
        return new ClockStartedEvent(clockId, rule, "i-1", "c-1", null, Tier.GOLD, NOW.minusSeconds(3600),
                NOW.plusSeconds(3600), atRiskFrom, 1);
    }
}
