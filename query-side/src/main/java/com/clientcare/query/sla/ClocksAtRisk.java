package com.clientcare.query.sla;

import com.clientcare.shared.sla.ClockStatus;
import com.clientcare.shared.sla.ServiceLevelRule;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * S7 for operators: how many service-level clocks are at risk now, by rule (running, past their at-risk time, no
 * breach recorded yet), read from the clocks' read model when scraped.
 */
@Component
public class ClocksAtRisk {

    static final String AT_RISK = "clientcare.sla.clocks.at.risk";
    /** One read of the clocks serves every rule's gauge in a scrape (they are read one after the other). */
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
            counts = clocks.clocks(now, ClockStatus.AT_RISK, null, null, null).stream()
                    .collect(Collectors.groupingBy(ClockView::rule, Collectors.counting()));
            countedAt = now;
        }
        return counts.getOrDefault(rule, 0L);
    }
}
