package com.clientcare.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An auditor's filters by event type, user and aggregate (#16): read at the positions the {@code audit-filters}
 * index keeps instead of a scan of the log, in the log's order, and still complete while the index trails the log.
 */
class AuditFilterReadApiTest extends IndexedAuditLogTest {

    /** Facts no projection but the indexes handle, each type used by one test only: the log is shared. */
    record NoteTakenEvent(String note) {
    }

    record ReviewScheduledEvent(String note) {
    }

    record PageTurnedEvent(String note) {
    }

    record LateNoteEvent(String note) {
    }

    record RareFindingEvent(String note) {
    }

    @Autowired
    ObjectMapper mapper;

    @Autowired
    CorrelationIndex correlations;

    @Autowired
    AuditFilterIndex filters;

    @Test
    void a_type_filter_lists_the_events_of_that_type_across_aggregates_in_the_logs_order() throws Exception {
        List<String> aggregates = recordedAcrossTwoAggregates("someone", ReviewScheduledEvent::new,
                "someone", new NoteTakenEvent("another type"));

        http.perform(get("/api/audit/events").param("type", "ReviewScheduledEvent"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].aggregateId").value(contains(aggregates.toArray())))
                .andExpect(jsonPath("$[*].payload.note").value(contains("one", "two", "three")));
    }

    @Test
    void a_user_filter_lists_what_that_user_recorded_across_aggregates_in_the_logs_order() throws Exception {
        String user = "user-" + UUID.randomUUID();
        List<String> aggregates = recordedAcrossTwoAggregates(user, NoteTakenEvent::new,
                "someone else", new NoteTakenEvent("not theirs"));

        http.perform(get("/api/audit/events").param("user", user))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].aggregateId").value(contains(aggregates.toArray())))
                .andExpect(jsonPath("$[*].payload.note").value(contains("one", "two", "three")));
    }

    @Test
    void combined_filters_list_only_the_events_that_match_every_criterion() throws Exception {
        String user = "user-" + UUID.randomUUID();
        String first = "af-" + UUID.randomUUID();
        String second = "af-" + UUID.randomUUID();
        append(first, 0, user, new NoteTakenEvent("their note"));
        append(first, 1, user, new ReviewScheduledEvent("their review"));
        append(second, 0, user, new NoteTakenEvent("their other note"));
        append(second, 1, "someone else", new NoteTakenEvent("not theirs"));
        awaitIndexed();

        http.perform(get("/api/audit/events").param("type", "NoteTakenEvent").param("user", user))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].payload.note").value(contains("their note", "their other note")));
        http.perform(get("/api/audit/events").param("type", "NoteTakenEvent").param("user", user)
                        .param("aggregateId", second))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].payload.note").value(contains("their other note")));
    }

    @Test
    void events_the_index_has_not_seen_yet_are_read_from_the_log_after_where_it_stands() throws Exception {
        String aggregate = "af-" + UUID.randomUUID();
        append(aggregate, 0, "someone", new LateNoteEvent("indexed"));
        awaitIndexed();
        withIndexStopped(AuditFilterIndex.NAME, () -> {
            append(aggregate, 1, "someone", new LateNoteEvent("not indexed yet"));

            http.perform(get("/api/audit/events").param("type", "LateNoteEvent"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[*].payload.note").value(contains("indexed", "not indexed yet")));
        });
    }

    @Test
    void a_filtered_log_pages_on_after_the_last_global_index_of_the_page() throws Exception {
        String[] aggregates = {"af-" + UUID.randomUUID(), "af-" + UUID.randomUUID()};
        long[] sequences = new long[2];
        for (int i = 0; i < 5; i++) {
            int aggregate = i % 2;
            append(aggregates[aggregate], sequences[aggregate]++, "someone", new PageTurnedEvent("page " + i));
            append(aggregates[aggregate], sequences[aggregate]++, "someone", new NoteTakenEvent("between"));
        }
        awaitIndexed();

        List<String> notes = new ArrayList<>();
        String after = null;
        for (int page = 0; page < 3; page++) {
            var request = get("/api/audit/events").param("type", "PageTurnedEvent").param("limit", "2");
            if (after != null) {
                request = request.param("after", after);
            }
            JsonNode events = mapper.readTree(http.perform(request).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString());
            assertThat(events.size()).as("page %d", page).isEqualTo(page < 2 ? 2 : 1);
            events.forEach(event -> notes.add(event.path("payload").path("note").asText()));
            after = events.get(events.size() - 1).path("globalIndex").asText();
        }

        assertThat(notes).containsExactly("page 0", "page 1", "page 2", "page 3", "page 4");
    }

    @Test
    void a_rare_type_is_read_at_the_positions_its_index_holds_not_by_a_scan_of_the_log() {
        String aggregate = "af-" + UUID.randomUUID();
        long before = storage.createHeadToken().position().orElseThrow();
        append(aggregate, 0, "someone", new RareFindingEvent("first"));
        for (int i = 1; i <= 300; i++) {
            append(aggregate, i, "someone", new NoteTakenEvent("noise " + i));
        }
        append(aggregate, 301, "someone", new RareFindingEvent("last"));
        awaitIndexed();
        AtomicLong read = new AtomicLong();
        AuditLog log = new AuditLog(counting(storage, read), mapper, correlations, filters, claims);

        List<AuditEvent> page = log.page(new AuditFilter(null, "RareFindingEvent", null, null, null, null, before,
                null));

        assertThat(page).extracting(event -> event.payload().path("note").asText()).containsExactly("first", "last");
        assertThat(read.get()).as("events read from the log").isLessThanOrEqualTo(4);
    }

    @Test
    void a_from_filter_starts_reading_where_the_logs_timestamps_reach_it_not_at_the_start_of_the_log() {
        String aggregate = "af-" + UUID.randomUUID();
        append(aggregate, 0, "someone", new NoteTakenEvent("earlier"));
        append(aggregate, 1, "someone", new NoteTakenEvent("from here"));
        append(aggregate, 2, "someone", new NoteTakenEvent("later"));
        Instant from = storage.readEvents(aggregate).asStream().skip(1).findFirst().orElseThrow().getTimestamp();
        AtomicLong read = new AtomicLong();
        AuditLog log = new AuditLog(counting(storage, read), mapper, correlations, filters, claims);

        List<AuditEvent> page = log.page(new AuditFilter(null, null, from, from.plusNanos(1), null, null, null, null));

        assertThat(page).extracting(event -> event.payload().path("note").asText()).containsExactly("from here");
        assertThat(read.get()).as("events read from the log").isLessThanOrEqualTo(2);
    }

    /**
     * "one", "two" and "three" made by {@code matching} and recorded by {@code user} on two aggregates in turn, with
     * {@code other} by {@code otherUser} between them; the aggregates of the three, in order.
     */
    private List<String> recordedAcrossTwoAggregates(String user, Function<String, Object> matching,
                                                     String otherUser, Object other) {
        String first = "af-" + UUID.randomUUID();
        String second = "af-" + UUID.randomUUID();
        append(first, 0, user, matching.apply("one"));
        append(second, 0, otherUser, other);
        append(second, 1, user, matching.apply("two"));
        append(first, 1, user, matching.apply("three"));
        awaitIndexed();
        return List.of(first, second, first);
    }

    private void append(String aggregate, long sequence, String user, Object payload) {
        append(aggregate, sequence, user, "corr-" + UUID.randomUUID(), payload);
    }

    /** The store, counting every event its streams of the log hand out. */
    private static EventStorageEngine counting(EventStorageEngine storage, AtomicLong read) {
        return (EventStorageEngine) Proxy.newProxyInstance(EventStorageEngine.class.getClassLoader(),
                new Class<?>[] {EventStorageEngine.class}, (proxy, method, arguments) -> {
                    try {
                        Object result = method.invoke(storage, arguments);
                        return method.getName().equals("readEvents") && arguments.length == 2
                                && arguments[1] instanceof Boolean
                                ? ((Stream<?>) result).peek(event -> read.incrementAndGet()) : result;
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
