package com.clientcare.query.sla;

import com.clientcare.query.infra.DocumentCollection;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.sla.ClockBreachRetractedEvent;
import com.clientcare.shared.sla.ClockBreachedEvent;
import com.clientcare.shared.sla.ClockMetEvent;
import com.clientcare.shared.sla.ClockStartedEvent;
import com.clientcare.shared.sla.ClockStatus;
import com.clientcare.shared.sla.ClockStoppedLateEvent;
import com.clientcare.shared.sla.ServiceLevelRule;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Service-level clocks (S1..S5, S7): collection {@code sla_clocks}, one document per clock. */
@Component
@ProcessingGroup(ServiceLevelProjection.NAME)
public class ServiceLevelProjection {

    public static final String NAME = "service-levels";

    private final DocumentCollection<ClockView> clocks;

    public ServiceLevelProjection(MongoDatabase database, ObjectMapper mapper) {
        this.clocks = new DocumentCollection<>(database, "sla_clocks", ClockView.class, mapper);
    }

    @EventHandler
    void on(ClockStartedEvent event) {
        clocks.put(event.clockId(), ClockView.started(event));
    }

    @EventHandler
    void on(ClockMetEvent event) {
        update(event.clockId(), event);
    }

    @EventHandler
    void on(ClockBreachedEvent event) {
        update(event.clockId(), event);
    }

    @EventHandler
    void on(ClockStoppedLateEvent event) {
        update(event.clockId(), event);
    }

    @EventHandler
    void on(ClockBreachRetractedEvent event) {
        update(event.clockId(), event);
    }

    /** As the as-of fold does (see ClockView), so a replay and an audit agree with the live clocks. */
    private void update(String clockId, Object event) {
        clocks.get(clockId).ifPresent(clock -> clocks.put(clockId, clock.apply(event)));
    }

    @ResetHandler
    void reset() {
        clocks.clear();
    }

    /** Clocks as of {@code now}, newest first; null filters match all. */
    public List<ClockView> clocks(Instant now, ClockStatus status, String clientId, String complaintId,
                                  ServiceLevelRule rule) {
        return all().stream()
                .map(clock -> clock.seenAt(now))
                .filter(clock -> status == null || clock.status() == status)
                .filter(clock -> clientId == null || clientId.equals(clock.clientId()))
                .filter(clock -> complaintId == null || complaintId.equals(clock.complaintId()))
                .filter(clock -> rule == null || clock.rule() == rule)
                .sorted(Comparator.comparing(ClockView::startedAt).reversed())
                .toList();
    }

    /**
     * Breaches in order of their time; {@code from} inclusive, {@code to} exclusive. A retracted breach stays in the
     * list, marked {@code breachRetracted}.
     */
    public List<ClockView> breaches(Instant from, Instant to, ServiceLevelRule rule, Tier tier) {
        Predicate<ClockView> inRange = clock -> (from == null || !clock.breachedAt().isBefore(from))
                && (to == null || clock.breachedAt().isBefore(to));
        return all().stream()
                .filter(clock -> clock.breachedAt() != null)
                .filter(inRange)
                .filter(clock -> rule == null || clock.rule() == rule)
                .filter(clock -> tier == null || clock.tier() == tier)
                .sorted(Comparator.comparing(ClockView::breachedAt))
                .toList();
    }

    /** Per month of the deadline (in {@code zone}), rule and tier: how many clocks were met and breached. */
    public List<ComplianceRate> compliance(ZoneId zone) {
        record Key(String month, ServiceLevelRule rule, Tier tier) {
        }
        Map<Key, List<ClockView>> closed = all().stream()
                .filter(clock -> clock.status() == ClockStatus.MET || clock.status() == ClockStatus.BREACHED)
                .collect(Collectors.groupingBy(clock -> new Key(
                        YearMonth.from(clock.deadline().atZone(zone)).toString(), clock.rule(), clock.tier())));
        return closed.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(Key::month).thenComparing(Key::rule)
                        .thenComparing(key -> Objects.toString(key.tier(), ""))))
                .map(entry -> {
                    int met = (int) entry.getValue().stream().filter(c -> c.status() == ClockStatus.MET).count();
                    int breached = entry.getValue().size() - met;
                    return new ComplianceRate(entry.getKey().month(), entry.getKey().rule(), entry.getKey().tier(),
                            met, breached, BigDecimal.valueOf(met)
                            .divide(BigDecimal.valueOf(met + breached), 4, RoundingMode.HALF_UP));
                })
                .toList();
    }

    private List<ClockView> all() {
        return clocks.find(new Document());
    }
}
