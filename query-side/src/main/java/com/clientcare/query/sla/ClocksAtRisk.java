package com.clientcare.query.sla;

import com.clientcare.shared.sla.ClockStatus;
import com.clientcare.shared.sla.ServiceLevelRule;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * S7 for operators: how many service-level clocks are at risk now, by rule (running, past their at-risk time, no
 * breach recorded yet), read from the clocks' read model when scraped.
 */
@Component
public class ClocksAtRisk {

    static final String AT_RISK = "clientcare.sla.clocks.at.risk";
    /** One count per rule (the totals of the running clocks' list, no document read) serves a whole scrape. */
    private static final Duration FRESH_FOR = Duration.ofSeconds(5);

    private final ServiceLevelProjection clocks;
    private final Clock clock;
    private Instant countedAt;
    private Map<ServiceLevelRule, Long> counts;

    public ClocksAtRisk(ServiceLevelProjection clocks, Clock clock, MeterRegistry meters) {
        this.clocks = clocks;
        this.clock = clock;
        for (ServiceLevelRule rule : ServiceLevelRule.values()) {
            Gauge.builder(AT_RISK, this, gauge -> gauge.count(rule)).tag("rule", rule.name())
                    .description("service-level clocks running past their at-risk time, not yet breached (S7)")
                    .register(meters);
        }
    }

    private synchronized double count(ServiceLevelRule rule) {
        Instant now = clock.instant();
        if (counts == null || !now.isBefore(countedAt.plus(FRESH_FOR))) {
            counts = new EnumMap<>(ServiceLevelRule.class);
            for (ServiceLevelRule each : ServiceLevelRule.values()) {
                counts.put(each, clocks.clocks(now, ClockStatus.AT_RISK, null, null, each, 0, 1).total());
            }
            countedAt = now;
        }
        return counts.getOrDefault(rule, 0L);
    }
}
