package com.clientcare.query.complaint;

import com.clientcare.query.infra.DocumentCollection;
import com.clientcare.query.infra.KeyIndex;
import com.clientcare.query.infra.KeyIndex.Bucketing;
import com.clientcare.query.infra.KeyIndex.Placement;
import com.clientcare.query.infra.KeyIndex.Selection;
import com.clientcare.query.infra.Paged;
import com.clientcare.query.satisfaction.ReportingPeriods;
import com.clientcare.shared.client.PersonalDataErasedEvent;
import com.clientcare.shared.complaint.ComplaintCategory;
import com.clientcare.shared.complaint.ComplaintEvent;
import com.clientcare.shared.complaint.ComplaintLoggedEvent;
import com.clientcare.shared.complaint.ComplaintStatus;
import com.clientcare.shared.complaint.FindComplaintQuery;
import com.clientcare.shared.complaint.FindComplaintsQuery;
import com.clientcare.shared.satisfaction.Granularity;
import com.clientcare.shared.sla.ClockBreachRetractedEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The complaints log (K1): every complaint ever logged, collection {@code complaints}, one document each. In
 * {@code complaints_keys}: the log newest first, whole, per status and per client; and per month of the reporting
 * zone, the complaints received (by category), the final responses given (by outcome, with the days each took),
 * which the monthly report reads, and the complaints closed (K6, K8), in order of receipt.
 */
@Component
@ProcessingGroup(ComplaintsProjection.NAME)
public class ComplaintsProjection {

    public static final String NAME = "complaints-log";
    private static final String ALL = "all";
    private static final int STATUS = 0;
    private static final int CATEGORY = 1;
    private static final int AWAITING_INSURER = 2;
    private static final int CLIENT = 3;
    private static final int DAYS = 0;
    private static final BigDecimal MINUTES_A_DAY = BigDecimal.valueOf(24 * 60);

    /** A page of the log and how many complaints match in all. */
    public record LogPage(List<ComplaintView> complaints, long total) {
    }

    /**
     * Which part of the log, in which order of receipt: the complaints received in a month of the reporting zone,
     * or those closed in one (K6, K8; each once however many of its cycles closed in it); null months: the whole.
     */
    public record LogWindow(YearMonth receivedIn, YearMonth closedIn, boolean oldestFirst) {

        public static final LogWindow NEWEST_FIRST = new LogWindow(null, null, false);
    }

    private final DocumentCollection<ComplaintView> complaints;
    private final KeyIndex lists;
    private final ReportingPeriods periods;

    public ComplaintsProjection(MongoDatabase database, ObjectMapper mapper, ReportingPeriods periods) {
        this.complaints = new DocumentCollection<>(database, "complaints", ComplaintView.class, mapper)
                .indexedBy("clientId").indexedBy("status");
        this.lists = new KeyIndex(database, "complaints");
        this.periods = periods;
    }

    @EventHandler
    void on(ComplaintLoggedEvent event) {
        ComplaintView view = ComplaintView.logged(event);
        // logged again (a batch handled twice): its places are moved from wherever the later events had put it
        List<Placement> before = complaints.get(event.complaintId()).map(this::placements).orElse(List.of());
        complaints.put(event.complaintId(), view);
        lists.replace(before, placements(view));
    }

    @EventHandler
    void on(ComplaintEvent event) {
        update(event.complaintId(), view -> view.apply(event));
    }

    @EventHandler
    void on(ClockBreachRetractedEvent event) {
        if (event.complaintId() != null) {
            update(event.complaintId(), view -> view.retractBreach(event.clockId()));
        }
    }

    /** C8: the description is what the client said; the rest of the complaint stays in the log. */
    @EventHandler
    void on(PersonalDataErasedEvent event) {
        complaints.getAll(lists.ids(clientList(event.clientId()), Bucketing.MONTH))
                .forEach(view -> {
                    view.erase();
                    complaints.put(view.id(), view);
                });
    }

    /** The views change in place; their places in the lists are read before and after. */
    private void update(String complaintId, Consumer<ComplaintView> change) {
        complaints.get(complaintId).ifPresent(view -> {
            List<Placement> before = placements(view);
            change.accept(view);
            complaints.put(complaintId, view);
            lists.replace(before, placements(view));
        });
    }

    private List<Placement> placements(ComplaintView view) {
        List<String> tags = List.of(view.status().name(), view.category().name(),
                String.valueOf(view.awaitingInsurerNotification()));
        List<Placement> placements = new ArrayList<>(List.of(
                new Placement(ALL, Bucketing.DAY, view.receivedAt(), view.id(), tags),
                new Placement(statusList(view.status()), Bucketing.DAY, view.receivedAt(), view.id(), tags),
                new Placement(clientList(view.clientId()), Bucketing.MONTH, view.receivedAt(), view.id(), tags),
                new Placement(receivedList(periods.labelOf(view.receivedAt(), Granularity.MONTH)),
                        view.category().name(), view.receivedAt(), view.id(), List.of())));
        // every cycle's final response counts (K8), timed from the start of its cycle, when S5 started
        view.allCycles().stream().filter(cycle -> cycle.finalResponseAt() != null).forEach(cycle -> placements.add(
                new Placement(answeredList(periods.labelOf(cycle.finalResponseAt(), Granularity.MONTH)),
                        cycle.outcome().name(), cycle.finalResponseAt(), view.id() + "#" + cycle.cycle(),
                        List.of(days(cycle).toPlainString()))));
        List<String> closedTags = new ArrayList<>(tags);
        closedTags.add(view.clientId());
        view.allCycles().stream().map(ComplaintView.Cycle::closedAt).filter(Objects::nonNull)
                .map(closedAt -> periods.labelOf(closedAt, Granularity.MONTH)).distinct()
                .forEach(month -> placements.add(new Placement(closedList(month), Bucketing.DAY, view.receivedAt(),
                        view.id(), closedTags)));
        return placements;
    }

    private static BigDecimal days(ComplaintView.Cycle cycle) {
        return BigDecimal.valueOf(Duration.between(cycle.startedAt(), cycle.finalResponseAt()).toMinutes())
                .divide(MINUTES_A_DAY, 4, RoundingMode.HALF_UP);
    }

    @ResetHandler
    void reset() {
        complaints.clear();
        lists.clear();
    }

    public Optional<ComplaintView> complaint(String id) {
        return complaints.get(id);
    }

    @QueryHandler
    public Optional<ComplaintView> handle(FindComplaintQuery query) {
        return complaint(query.complaintId());
    }

    @QueryHandler
    public LogPage handle(FindComplaintsQuery query) {
        return log(ComplaintLogFilter.of(query), query.page(), query.size());
    }

    /**
     * A page of the log, newest first; null filters match all; {@code awaitingInsurerNotification} selects
     * potential claims not yet notified (K7).
     */
    public LogPage log(ComplaintLogFilter filter, int page, int size) {
        return log(filter, LogWindow.NEWEST_FIRST, page, size);
    }

    /**
     * A page of the part of the log the window names, in its order of receipt across all pages. The list read is
     * the month's closings, else a client's or a status's own list when that filter is given, else the whole log;
     * a month of receipts is a time range of it.
     */
    public LogPage log(ComplaintLogFilter filter, LogWindow window, int page, int size) {
        ComplaintStatus status = filter.status();
        String clientId = filter.clientId();
        ComplaintCategory category = filter.category();
        Boolean awaitingInsurer = filter.awaitingInsurerNotification();
        boolean closedIn = window.closedIn() != null;
        Selection selection = window.oldestFirst() ? Selection.oldestFirst() : Selection.newestFirst();
        if (window.receivedIn() != null) {
            selection = selection.between(periods.start(window.receivedIn()),
                    periods.start(window.receivedIn().plusMonths(1)));
        }
        if (status != null && (clientId != null || closedIn)) {
            selection = selection.where(entry -> status.name().equals(entry.tag(STATUS)));
        }
        if (clientId != null && closedIn) {
            selection = selection.where(entry -> clientId.equals(entry.tag(CLIENT)));
        }
        if (category != null) {
            selection = selection.where(entry -> category.name().equals(entry.tag(CATEGORY)));
        }
        if (awaitingInsurer != null) {
            selection = selection.where(entry -> awaitingInsurer.toString().equals(entry.tag(AWAITING_INSURER)));
        }
        String list = closedIn ? closedList(window.closedIn().toString())
                : clientId != null ? clientList(clientId) : status != null ? statusList(status) : ALL;
        KeyIndex.Slice slice = lists.page(list, clientId != null && !closedIn ? Bucketing.MONTH : Bucketing.DAY,
                selection, Paged.offset(page, size), size);
        return new LogPage(complaints.getAll(slice.ids()), slice.total());
    }

    /** Complaints received in the month, by category. */
    public Map<String, Integer> receivedIn(YearMonth month) {
        return lists.counts(receivedList(month.toString()));
    }

    /** Final responses given in the month, by outcome. */
    public Map<String, Integer> answeredIn(YearMonth month) {
        return lists.counts(answeredList(month.toString()));
    }

    /** Complaints closed in the month (K6, K8). */
    public long closedIn(YearMonth month) {
        return lists.counts(closedList(month.toString())).values().stream().mapToLong(Integer::longValue).sum();
    }

    /** Days from the start of its cycle to each final response given in the month, in no particular order. */
    public List<BigDecimal> daysToAnswer(YearMonth month) {
        String list = answeredList(month.toString());
        return lists.entries(list, lists.counts(list).keySet()).stream()
                .map(entry -> new BigDecimal(entry.tag(DAYS))).toList();
    }

    private static String statusList(ComplaintStatus status) {
        return "status:" + status;
    }

    private static String clientList(String clientId) {
        return "client:" + clientId;
    }

    private static String receivedList(String month) {
        return "received:" + month;
    }

    private static String answeredList(String month) {
        return "answered:" + month;
    }

    private static String closedList(String month) {
        return "closed:" + month;
    }
}
