package com.clientcare.eventstore.commitlog;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue #11: what Axon's engines do with duplicates, resolvers, tokens by time and streams that do not continue. */
class EngineConformanceTest {

    private static final int BATCH = 100;
    private static final Instant T = Instant.parse("2022-06-01T10:00:00Z");

    private TestStore store;
    private CommitLogStorageEngine engine;

    @BeforeEach
    void setUp() {
        store = new TestStore();
        engine = store.engine();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    // 1: an aggregate id already in use

    @Test
    void creating_an_aggregate_again_in_a_later_append_is_an_aggregate_stream_creation_exception() {
        engine.appendEvents(event("a", 0, T));

        assertThatThrownBy(() -> engine.appendEvents(event("a", 0, T)))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThat(engine.readEvents("a").asStream()).hasSize(1);
    }

    @Test
    void a_duplicate_first_event_inside_one_append_is_an_aggregate_stream_creation_exception_and_stores_nothing() {
        assertThatThrownBy(() -> engine.appendEvents(event("a", 0, T), event("a", 0, T)))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThat(engine.readEvents("a").asStream()).isEmpty();
        assertThat(engine.createHeadToken()).isNull();
    }

    // 2: the persistence exception resolver

    @Test
    void a_resolver_that_sees_no_duplicate_key_turns_the_clash_into_an_event_store_exception() {
        CommitLogStorageEngine strict = store.engine(builder -> builder.persistenceExceptionResolver(e -> false));
        strict.appendEvents(event("a", 0, T));

        assertThatThrownBy(() -> strict.appendEvents(event("a", 0, T))).isInstanceOf(EventStoreException.class);
    }

    @Test
    void the_configured_resolver_is_the_one_asked_about_each_clash() {
        AtomicInteger asked = new AtomicInteger();
        CommitLogStorageEngine counting = store.engine(builder -> builder.persistenceExceptionResolver(e -> {
            asked.incrementAndGet();
            return new DuplicateKeyResolver().isDuplicateKeyViolation(e);
        }));
        counting.appendEvents(event("a", 0, T), event("a", 1, T));

        assertThatThrownBy(() -> counting.appendEvents(event("a", 2, T), event("a", 2, T)))
                .isInstanceOf(ConcurrencyException.class);
        assertThatThrownBy(() -> counting.appendEvents(event("a", 0, T)))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThat(asked).hasValue(2);
    }

    // 3: tokens by time, whatever the order of timestamps in the log

    @Test
    void a_token_at_an_instant_delivers_every_event_stamped_then_or_later_when_timestamps_go_back_and_forth() {
        engine.appendEvents(event("w", 0, at(30)), event("x", 0, at(50)), event("y", 0, at(40)), event("z", 0, at(45)));

        assertThat(timestampsFrom(engine.createTokenAt(at(45)))).contains(at(50), at(45));
        assertThat(timestampsFrom(engine.createTokenAt(at(41)))).contains(at(50), at(45));
        assertThat(timestampsFrom(engine.createTokenAt(at(30)))).containsExactly(at(30), at(50), at(40), at(45));
    }

    @Test
    void one_old_timestamp_in_the_middle_of_the_log_does_not_hide_the_later_events_from_a_token_by_date() {
        engine.appendEvents(event("a", 0, Instant.parse("2022-01-10T00:00:00Z")));
        engine.appendEvents(event("imported", 0, Instant.parse("1990-05-01T00:00:00Z")));
        engine.appendEvents(event("b", 0, Instant.parse("2022-02-10T00:00:00Z")));
        engine.appendEvents(event("c", 0, Instant.parse("2022-03-10T00:00:00Z")));

        assertThat(timestampsFrom(engine.createTokenAt(Instant.parse("2021-01-01T00:00:00Z")))).containsExactly(
                Instant.parse("2022-01-10T00:00:00Z"), Instant.parse("1990-05-01T00:00:00Z"),
                Instant.parse("2022-02-10T00:00:00Z"), Instant.parse("2022-03-10T00:00:00Z"));
        assertThat(timestampsFrom(engine.createTokenAt(Instant.parse("2022-03-01T00:00:00Z"))))
                .containsExactly(Instant.parse("2022-03-10T00:00:00Z"));
    }

    @Test
    void a_token_inside_a_commit_starts_at_its_first_event_stamped_then_or_later() {
        engine.appendEvents(event("a", 0, at(10)));
        engine.appendEvents(event("b", 0, at(20)), event("b", 1, at(35)), event("b", 2, at(30)));

        assertThat(engine.createTokenAt(at(30))).isEqualTo(new GlobalSequenceTrackingToken(1));
        assertThat(timestampsFrom(engine.createTokenAt(at(31)))).containsExactly(at(35), at(30));
    }

    @Test
    void head_tail_and_time_tokens_of_an_empty_store_and_of_one_event() {
        assertThat(engine.createTailToken()).isNull();
        assertThat(engine.createHeadToken()).isNull();
        assertThat(engine.createTokenAt(T)).isNull();

        engine.appendEvents(event("a", 0, T));

        assertThat(engine.createTailToken()).isNull();
        assertThat(engine.createHeadToken()).isEqualTo(new GlobalSequenceTrackingToken(0));
        assertThat(engine.createTokenAt(T)).isNull();
        assertThat(engine.createTokenAt(T.minusSeconds(1))).isNull();
        assertThat(engine.createTokenAt(T.plusNanos(1))).isEqualTo(new GlobalSequenceTrackingToken(0));
    }

    @Test
    void log_entries_written_before_the_running_maximum_existed_get_it_at_start_up() {
        engine.appendEvents(event("a", 0, at(50)));
        engine.appendEvents(event("b", 0, at(20)));
        engine.appendEvents(event("c", 0, at(30)));
        rewriteInTheLayoutBeforeTheRunningMaximum();
        assertThat(engine.createTokenAt(at(51))).as("unmigrated entries: a token by time starts at the tail").isNull();

        CommitLogStorageEngine restarted = store.engine();

        assertThat(timestampsFrom(restarted.createTokenAt(at(40)))).containsExactly(at(50), at(20), at(30));
        assertThat(timestampsFrom(restarted.createTokenAt(at(51)))).isEmpty();
        restarted.appendEvents(event("d", 0, at(10)));
        assertThat(timestampsFrom(restarted.createTokenAt(at(45)))).containsExactly(at(50), at(20), at(30), at(10));
        assertThat(restarted.verifyIntegrity().intact()).isTrue();
    }

    /**
     * The stored commits as the engine wrote them before the running maximum existed (#11) and before a commit
     * carried its own place (#17 item 3): the place's hash in an {@code event_log} entry of its own (keyed by the
     * position, naming the commit), the commit marked with its position only, no maximum anywhere, the hash in its
     * first form.
     */
    private void rewriteInTheLayoutBeforeTheRunningMaximum() {
        store.hashInTheFirstForm();
        MongoCollection<Document> commits = store.database().getCollection(StoredCommit.COLLECTION);
        MongoCollection<Document> entries = store.database().getCollection(LogEntry.COLLECTION);
        Date recordedAt = Date.from(T);
        for (Document commit : commits.find()) {
            long count = commit.getLong("lastSequence") - commit.getLong("firstSequence") + 1;
            entries.insertOne(new Document("_id", commit.getLong(GlobalLog.CLAIM_INDEX))
                    .append("stream", commit.getString("_id")).append("count", (int) count)
                    .append("recordedAt", recordedAt).append(LogEntry.HASH, commit.getString(LogEntry.HASH)));
            commits.updateOne(new Document("_id", commit.getString("_id")), Updates.combine(
                    Updates.set("recordedAt", recordedAt), Updates.unset(LogEntry.HASH),
                    Updates.unset(LogEntry.MAX_TIMESTAMP)));
        }
    }

    // 4 and 5: every accepted stream reads back whole

    @Test
    void a_new_stream_that_starts_after_sequence_0_reads_back_whole_and_cannot_be_created_again() {
        engine.appendEvents(event("late", 1, T), event("late", 2, T));

        assertThat(sequences("late", 0)).containsExactly(1L, 2L);
        assertThat(sequences("late", 2)).containsExactly(2L);
        assertThat(engine.lastSequenceNumberFor("late")).contains(2L);
        assertThatThrownBy(() -> engine.appendEvents(event("late", 0, T)))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThatThrownBy(() -> store.engine().appendEvents(event("late", 5, T)))
                .isInstanceOf(ConcurrencyException.class);
        store.engine().appendEvents(event("late", 3, T));
        assertThat(sequences("late", 0)).containsExactly(1L, 2L, 3L);
    }

    @Test
    void an_append_that_leaves_a_gap_after_the_stream_is_refused_and_stores_nothing() {
        engine.appendEvents(event("a", 0, T), event("a", 1, T));

        assertThatThrownBy(() -> engine.appendEvents(event("a", 3, T), event("a", 4, T)))
                .isInstanceOf(ConcurrencyException.class);
        assertThatThrownBy(() -> store.engine().appendEvents(event("a", 3, T), event("a", 4, T)))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(sequences("a", 0)).containsExactly(0L, 1L);
        assertThat(engine.createHeadToken()).isEqualTo(new GlobalSequenceTrackingToken(1));
        engine.appendEvents(event("a", 2, T));
        assertThat(sequences("a", 0)).containsExactly(0L, 1L, 2L);
    }

    @Test
    void an_append_that_overlaps_the_end_of_the_stream_is_refused_and_stores_nothing() {
        engine.appendEvents(event("a", 0, T), event("a", 1, T), event("a", 2, T), event("a", 3, T));

        assertThatThrownBy(() -> store.engine().appendEvents(event("a", 2, T), event("a", 3, T), event("a", 4, T)))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(sequences("a", 0)).containsExactly(0L, 1L, 2L, 3L);
        assertThat(engine.createHeadToken()).isEqualTo(new GlobalSequenceTrackingToken(3));
    }

    @Test
    void a_gap_inside_one_append_is_refused_and_stores_nothing() {
        assertThatThrownBy(() -> engine.appendEvents(event("a", 0, T), event("a", 2, T)))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(engine.readEvents("a").asStream()).isEmpty();
    }

    @Test
    void a_refused_aggregate_in_an_append_of_several_stores_none_of_them() {
        engine.appendEvents(event("a", 0, T));

        assertThatThrownBy(() -> engine.appendEvents(event("b", 0, T), event("a", 5, T)))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(engine.readEvents("b").asStream()).isEmpty();
        assertThat(engine.createHeadToken()).isEqualTo(new GlobalSequenceTrackingToken(0));
    }

    // Axon's BatchingEventStorageEngineTest, whose subject type ours is not: reads longer than one batch

    @Test
    void an_aggregate_stream_ten_batches_long_followed_by_another_event_reads_back_whole() {
        CommitLogStorageEngine batching = store.engine(builder -> builder.batchSize(BATCH));
        int count = BATCH * 10 + 1;
        batching.appendEvents(events("long", count));
        batching.appendEvents(new GenericEventMessage<>("test"));

        assertThat(batching.readEvents("long").asStream().count()).isEqualTo(count);
        assertThat(batching.readEvents("long").asStream().reduce((a, b) -> b).orElseThrow().getSequenceNumber())
                .isEqualTo(count - 1);
    }

    @Test
    void a_tracking_stream_longer_than_a_batch_followed_by_another_event_delivers_every_event() {
        CommitLogStorageEngine batching = store.engine(builder -> builder.batchSize(BATCH));
        int count = BATCH + 10;
        batching.appendEvents(events("long", count));
        GenericEventMessage<String> last = new GenericEventMessage<>("test");
        batching.appendEvents(last);

        assertThat(batching.readEvents(null, false).count()).isEqualTo(count + 1);
        assertThat(batching.readEvents(null, false).reduce((a, b) -> b).orElseThrow().getIdentifier())
                .isEqualTo(last.getIdentifier());
    }

    private static List<DomainEventMessage<?>> events(String aggregate, int count) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(event(aggregate, i, T));
        }
        return events;
    }

    private List<Long> sequences(String aggregate, long from) {
        return engine.readEvents(aggregate, from).asStream().map(DomainEventMessage::getSequenceNumber).toList();
    }

    private List<Instant> timestampsFrom(TrackingToken token) {
        List<Instant> timestamps = new ArrayList<>();
        engine.readEvents(token, false).map(TrackedEventMessage::getTimestamp).forEach(timestamps::add);
        return timestamps;
    }

    private static Instant at(int second) {
        return T.plusSeconds(second);
    }

    private static DomainEventMessage<?> event(String aggregate, long sequence, Instant timestamp) {
        return new GenericDomainEventMessage<>("Test", aggregate, sequence, "payload", MetaData.emptyInstance(),
                UUID.randomUUID().toString(), timestamp);
    }
}
