package com.clientcare.query.sla;

import com.clientcare.query.infra.DocumentCollection;
import com.clientcare.query.infra.KeyIndex;
import com.clientcare.query.infra.KeyIndex.Bucketing;
import com.clientcare.query.infra.KeyIndex.Placement;
import com.clientcare.query.infra.KeyIndex.Selection;
import com.clientcare.query.infra.Paged;
import com.clientcare.query.satisfaction.ReportingPeriods;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.satisfaction.Granularity;
import com.clientcare.shared.sla.ClockBreachRetractedEvent;
import com.clientcare.shared.sla.ClockBreachedEvent;
import com.clientcare.shared.sla.ClockMetEvent;
import com.clientcare.shared.sla.ClockStartedEvent;
import com.clientcare.shared.sla.ClockStatus;
import com.clientcare.shared.sla.ClockStoppedLateEvent;
import com.clientcare.shared.sla.FindBreachesQuery;
import com.clientcare.shared.sla.FindClocksQuery;
import com.clientcare.shared.sla.FindComplianceRatesQuery;
import com.clientcare.shared.sla.ServiceLevelRule;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Service-level clocks (S1..S5, S7): collection {@code sla_clocks}, one document per clock. In
 * {@code sla_clocks_keys}: the clocks newest first, whole, per client, per complaint and per stored status; the
 * breaches by time; and the per-period aggregates: clocks closed per month of their deadline, rule, tier and
 * outcome (compliance), and breaches not retracted per month and rule (the monthly report).
 */
@Component
@ProcessingGroup(ServiceLevelProjection.NAME)
public class ServiceLevelProjection {

    public static final String NAME = "service-levels";
    private static final String ALL = "all";
    private static final String BREACHES = "breaches";
    private static final String COMPLIANCE = "compliance";
    private static final int STATUS = 0;
    private static final int RULE = 1;
    private static final int AT_RISK_FROM = 2;
    private static final int CLIENT = 3;
    private static final int BREACH_RULE = 0;
    private static final int BREACH_TIER = 1;

    /** A page of clocks and how many match in all. */
    public record ClockPage(List<ClockView> clocks, long total) {
    }

    private final DocumentCollection<ClockView> clocks;
    private final KeyIndex lists;
    private final ReportingPeriods periods;

    public ServiceLevelProjection(MongoDatabase database, ObjectMapper mapper, ReportingPeriods periods) {
        this.clocks = new DocumentCollection<>(database, "sla_clocks", ClockView.class, mapper)
                .indexedBy("clientId").indexedBy("complaintId").indexedBy("breachedAt");
        this.lists = new KeyIndex(database, "sla_clocks");
        this.periods = periods;
    }

    @EventHandler
    void on(ClockStartedEvent event) {
        ClockView clock = ClockView.started(event);
        // started again (a batch handled twice): its places are moved from wherever the later events had put it
        List<Placement> before = clocks.get(event.clockId()).map(this::placements).orElse(List.of());
        clocks.put(event.clockId(), clock);
        lists.replace(before, placements(clock));
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
        clocks.get(clockId).ifPresent(clock -> {
            ClockView after = clock.apply(event);
            clocks.put(clockId, after);
            lists.replace(placements(clock), placements(after));
        });
    }

    private List<Placement> placements(ClockView clock) {
        List<String> tags = List.of(clock.status().name(), clock.rule().name(), clock.atRiskFrom().toString(),
                Objects.toString(clock.clientId(), ""));
        List<Placement> placements = new ArrayList<>(List.of(
                new Placement(ALL, Bucketing.DAY, clock.startedAt(), clock.clockId(), tags),
                new Placement("status:" + clock.status(), Bucketing.DAY, clock.startedAt(), clock.clockId(), tags)));
        if (clock.clientId() != null) {
            placements.add(new Placement(clientList(clock.clientId()), Bucketing.MONTH, clock.startedAt(),
                    clock.clockId(), tags));
        }
        if (clock.complaintId() != null) {
            placements.add(new Placement(complaintList(clock.complaintId()), Bucketing.MONTH, clock.startedAt(),
                    clock.clockId(), tags));
        }
        if (clock.breachedAt() != null) {
            placements.add(new Placement(BREACHES, Bucketing.DAY, clock.breachedAt(), clock.clockId(),
                    List.of(clock.rule().name(), Objects.toString(clock.tier(), ""),
                            String.valueOf(clock.breachRetracted()))));
            if (!clock.breachRetracted()) {
                placements.add(new Placement(breachedList(periods.labelOf(clock.breachedAt(), Granularity.MONTH)),
                        clock.rule().name(), clock.breachedAt(), clock.clockId(), List.of()));
            }
        }
        if (clock.status() == ClockStatus.MET || clock.status() == ClockStatus.BREACHED) {
            String month = periods.labelOf(clock.deadline(), Granularity.MONTH);
            placements.add(new Placement(COMPLIANCE, String.join("|", month, clock.rule().name(),
                    Objects.toString(clock.tier(), ""), clock.status().name()), clock.deadline(), clock.clockId(),
                    List.of()));
        }
        return placements;
    }

    @ResetHandler
    void reset() {
        clocks.clear();
        lists.clear();
    }

    /**
     * A page of the clocks as of {@code now}, newest first; null filters match all. A complaint's, a client's or
     * a status's own list is read when that filter is given (AT_RISK is RUNNING past its at-risk time).
     */
    public ClockPage clocks(Instant now, ClockStatus status, String clientId, String complaintId,
                            ServiceLevelRule rule, int page, int size) {
        Selection selection = Selection.newestFirst();
        if (status != null) {
            ClockStatus stored = status == ClockStatus.AT_RISK ? ClockStatus.RUNNING : status;
            selection = selection.where(entry -> stored.name().equals(entry.tag(STATUS))
                    && (stored != ClockStatus.RUNNING
                    || now.isBefore(Instant.parse(entry.tag(AT_RISK_FROM))) == (status == ClockStatus.RUNNING)));
        }
        if (clientId != null) {
            selection = selection.where(entry -> clientId.equals(entry.tag(CLIENT)));
        }
        if (rule != null) {
            selection = selection.where(entry -> rule.name().equals(entry.tag(RULE)));
        }
        String list = complaintId != null ? complaintList(complaintId) : clientId != null ? clientList(clientId)
                : status != null ? "status:" + (status == ClockStatus.AT_RISK ? ClockStatus.RUNNING : status) : ALL;
        Bucketing bucketing = complaintId != null || clientId != null ? Bucketing.MONTH : Bucketing.DAY;
        KeyIndex.Slice slice = lists.page(list, bucketing, selection, Paged.offset(page, size), size);
        return new ClockPage(clocks.getAll(slice.ids()).stream().map(clock -> clock.seenAt(now)).toList(),
                slice.total());
    }

    /**
     * A page of the breaches in order of their time; {@code from} inclusive, {@code to} exclusive. A retracted
     * breach stays in the list, marked {@code breachRetracted}.
     */
    public ClockPage breaches(Instant from, Instant to, ServiceLevelRule rule, Tier tier, int page, int size) {
        Selection selection = Selection.oldestFirst().between(from, to);
        if (rule != null) {
            selection = selection.where(entry -> rule.name().equals(entry.tag(BREACH_RULE)));
        }
        if (tier != null) {
            selection = selection.where(entry -> tier.name().equals(entry.tag(BREACH_TIER)));
        }
        KeyIndex.Slice slice = lists.page(BREACHES, Bucketing.DAY, selection, Paged.offset(page, size), size);
        return new ClockPage(clocks.getAll(slice.ids()), slice.total());
    }

    @QueryHandler
    public ClockPage handle(FindClocksQuery query) {
        return clocks(query.now(), query.status(), query.clientId(), query.complaintId(), query.rule(), query.page(),
                query.size());
    }

    @QueryHandler
    public ClockPage handle(FindBreachesQuery query) {
        return breaches(query.from(), query.to(), query.rule(), query.tier(), query.page(), query.size());
    }

    @QueryHandler
    public List<ComplianceRate> handle(FindComplianceRatesQuery query) {
        return compliance();
    }

    /** Breaches in the month (of the reporting zone) not retracted, by rule. */
    public Map<String, Integer> breachesIn(YearMonth month) {
        return lists.counts(breachedList(month.toString()));
    }

    /** Per month of the deadline (in the reporting zone), rule and tier: how many clocks were met and breached. */
    public List<ComplianceRate> compliance() {
        Map<String, int[]> closed = new TreeMap<>();
        lists.counts(COMPLIANCE).forEach((bucket, count) -> {
            int split = bucket.lastIndexOf('|');
            int[] metAndBreached = closed.computeIfAbsent(bucket.substring(0, split), key -> new int[2]);
            metAndBreached[ClockStatus.MET.name().equals(bucket.substring(split + 1)) ? 0 : 1] += count;
        });
        return closed.entrySet().stream().map(entry -> {
            String[] key = entry.getKey().split("\\|", -1);
            int met = entry.getValue()[0];
            int breached = entry.getValue()[1];
            return new ComplianceRate(key[0], ServiceLevelRule.valueOf(key[1]),
                    key[2].isEmpty() ? null : Tier.valueOf(key[2]), met, breached,
                    BigDecimal.valueOf(met).divide(BigDecimal.valueOf(met + breached), 4, RoundingMode.HALF_UP));
        }).toList();
    }

    private static String clientList(String clientId) {
        return "client:" + clientId;
    }

    private static String complaintList(String complaintId) {
        return "complaint:" + complaintId;
    }

    private static String breachedList(String month) {
        return "breached:" + month;
    }
}
