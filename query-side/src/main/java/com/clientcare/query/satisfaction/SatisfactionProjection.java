package com.clientcare.query.satisfaction;

import com.clientcare.query.client.ClientSummary;
import com.clientcare.query.infra.DocumentCollection;
import com.clientcare.query.infra.KeyIndex;
import com.clientcare.query.infra.KeyIndex.Bucketing;
import com.clientcare.query.infra.KeyIndex.Placement;
import com.clientcare.query.infra.KeyIndex.Selection;
import com.clientcare.shared.client.FeedbackReceivedEvent;
import com.clientcare.shared.client.PersonalDataErasedEvent;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.satisfaction.FindSatisfactionTrendsQuery;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Survey answers (C7): collection {@code feedback}, one document per answer. In {@code feedback_keys}: every
 * answer by time, and per month of the reporting zone a tally for all answers, per tier, per account manager and
 * per both, bucketed by the kind of answer (CSAT, NPS, commented), so a trend reads a few directories per month
 * and not the answers. A period cut by {@code from} or {@code to} is counted from that part's answers.
 */
@Component
@ProcessingGroup(SatisfactionProjection.NAME)
public class SatisfactionProjection {

    public static final String NAME = "satisfaction";
    private static final String ANSWERS = "answers";
    private static final String ALL = "all";
    private static final int CSAT = 0;
    private static final int NPS = 1;
    private static final int COMMENTED = 2;
    private static final int TIER = 3;
    private static final int MANAGER = 4;

    private final DocumentCollection<FeedbackEntry> feedback;
    private final KeyIndex lists;
    private final SatisfactionTrends trends;
    private final ReportingPeriods periods;

    public SatisfactionProjection(MongoDatabase database, ObjectMapper mapper, SatisfactionTrends trends) {
        this.feedback = new DocumentCollection<>(database, "feedback", FeedbackEntry.class, mapper)
                .indexedBy("clientId").indexedBy("occurredAt");
        this.lists = new KeyIndex(database, "feedback");
        this.trends = trends;
        this.periods = trends.periods();
    }

    @EventHandler
    void on(FeedbackReceivedEvent event) {
        feedback.put(event.feedbackId(), new FeedbackEntry(event.feedbackId(), event.clientId(), event.csat(),
                event.nps(), event.comment(), event.context(), event.occurredAt(), event.clientTier(),
                event.accountManager()));
        boolean commented = event.comment() != null && !event.comment().isBlank();
        lists.add(new Placement(ANSWERS, Bucketing.DAY, event.occurredAt(), event.feedbackId(), List.of(
                Objects.toString(event.csat(), ""), Objects.toString(event.nps(), ""), String.valueOf(commented),
                Objects.toString(event.clientTier(), ""), Objects.toString(event.accountManager(), ""))));
        String kind = String.join("|", Objects.toString(event.csat(), ""), Objects.toString(event.nps(), ""),
                String.valueOf(commented));
        YearMonth month = periods.monthOf(event.occurredAt());
        dimensions(event.clientTier(), event.accountManager()).forEach(dimension -> lists.add(
                new Placement(tallyList(month, dimension), kind, event.occurredAt(), event.feedbackId(), List.of())));
    }

    /** C8: comments are personal; the scores stay in the trends, and so does whether there was a comment. */
    @EventHandler
    void on(PersonalDataErasedEvent event) {
        feedback.setWhere(Filters.and(Filters.eq("clientId", event.clientId()), Filters.regex("comment", "\\S")),
                Map.of("comment", ClientSummary.ERASED));
    }

    @ResetHandler
    void reset() {
        feedback.clear();
        lists.clear();
    }

    @QueryHandler
    public List<SatisfactionTrend> handle(FindSatisfactionTrendsQuery query) {
        List<YearMonth> months = months(query.from(), query.to());
        String dimension = dimension(query.tier(), query.accountManager());
        Map<String, NavigableMap<String, Integer>> tallies =
                lists.countsOf(months.stream().map(month -> tallyList(month, dimension)).toList());
        NavigableMap<YearMonth, Tally> byMonth = new TreeMap<>();
        for (YearMonth month : months) {
            Instant start = periods.start(month);
            Instant end = periods.start(month.plusMonths(1));
            boolean whole = (query.from() == null || !query.from().isAfter(start))
                    && (query.to() == null || !query.to().isBefore(end));
            byMonth.put(month, whole ? tally(tallies.get(tallyList(month, dimension)))
                    : answered(later(start, query.from()), earlier(end, query.to()), query.tier(),
                    query.accountManager()));
        }
        return trends.of(byMonth, query.granularity(), query.from(), query.to());
    }

    /** The months from the first that may hold an answer of the range to the last, in order. */
    private List<YearMonth> months(Instant from, Instant to) {
        NavigableMap<String, Integer> days = lists.counts(ANSWERS);
        List<YearMonth> months = new ArrayList<>();
        if (days.isEmpty() && (from == null || to == null)) {
            return months;
        }
        YearMonth first = from != null ? periods.monthOf(from)
                : periods.monthOf(LocalDate.parse(days.firstKey()).atStartOfDay(ZoneOffset.UTC).toInstant());
        YearMonth last = to != null ? periods.monthOf(to.minusNanos(1))
                : periods.monthOf(LocalDate.parse(days.lastKey()).plusDays(1).atStartOfDay(ZoneOffset.UTC)
                .toInstant().minusNanos(1));
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    private static Tally tally(NavigableMap<String, Integer> kinds) {
        Tally tally = Tally.NONE;
        for (Map.Entry<String, Integer> kind : kinds.entrySet()) {
            String[] parts = kind.getKey().split("\\|", -1);
            tally = tally.plus(Tally.of(score(parts[0]), score(parts[1]), Boolean.parseBoolean(parts[2]),
                    kind.getValue()));
        }
        return tally;
    }

    /** The tally of the answers in [from, to) of that tier and manager (null: any), counted one by one. */
    private Tally answered(Instant from, Instant to, Tier tier, String manager) {
        Selection selection = Selection.oldestFirst().between(from, to)
                .where(entry -> (tier == null || tier.name().equals(entry.tag(TIER)))
                        && (manager == null || manager.equals(entry.tag(MANAGER))));
        return lists.page(ANSWERS, Bucketing.DAY, selection, 0, Integer.MAX_VALUE).entries().stream()
                .map(entry -> Tally.of(score(entry.tag(CSAT)), score(entry.tag(NPS)),
                        Boolean.parseBoolean(entry.tag(COMMENTED)), 1))
                .reduce(Tally.NONE, Tally::plus);
    }

    private static Integer score(String text) {
        return text == null || text.isEmpty() ? null : Integer.valueOf(text);
    }

    private static Instant later(Instant a, Instant b) {
        return b == null || a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return b == null || a.isBefore(b) ? a : b;
    }

    private static List<String> dimensions(Tier tier, String manager) {
        List<String> dimensions = new ArrayList<>(List.of(ALL));
        if (tier != null) {
            dimensions.add(dimension(tier, null));
        }
        if (manager != null) {
            dimensions.add(dimension(null, manager));
        }
        if (tier != null && manager != null) {
            dimensions.add(dimension(tier, manager));
        }
        return dimensions;
    }

    private static String dimension(Tier tier, String manager) {
        if (tier == null && manager == null) {
            return ALL;
        }
        return (tier == null ? "" : "tier:" + tier) + (manager == null ? "" : "manager:" + manager);
    }

    private static String tallyList(YearMonth month, String dimension) {
        return "tally:" + month + "|" + dimension;
    }
}
