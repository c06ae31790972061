package com.clientcare.eventstore.commitlog;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommitLogStorageEngineTest {

    record Happened(String aggregateId, long n) {
    }

    @Revision("2")
    record Renamed(String aggregateId, String title) {
    }

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

    @Test
    void an_aggregates_events_read_back_in_order_from_any_sequence() {
        engine.appendEvents(events("a", 0, 3));
        engine.appendEvents(events("a", 3, 2));

        assertThat(engine.readEvents("a").asStream().map(DomainEventMessage::getSequenceNumber))
                .containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(engine.readEvents("a", 4).asStream().map(DomainEventMessage::getSequenceNumber)).containsExactly(4L);
        assertThat(engine.readEvents("a", 1).asStream().map(DomainEventMessage::getSequenceNumber))
                .containsExactly(1L, 2L, 3L, 4L);
        assertThat(engine.lastSequenceNumberFor("a")).contains(4L);
    }

    @Test
    void a_second_writer_of_the_same_sequence_number_gets_a_concurrency_exception_and_stores_nothing() {
        engine.appendEvents(events("a", 0, 2));

        assertThatThrownBy(() -> engine.appendEvents(events("a", 2, 1).get(0), events("a", 2, 1).get(0)))
                .isInstanceOf(ConcurrencyException.class);
        assertThatThrownBy(() -> engine.appendEvents(events("a", 0, 3)))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThat(engine.readEvents("a").asStream()).hasSize(2);
        assertThat(globalIndexes(null)).containsExactly(0L, 1L);
    }

    @Test
    void a_tracking_reader_gets_every_event_once_in_global_order_and_can_start_inside_a_commit() {
        engine.appendEvents(events("a", 0, 3));
        engine.appendEvents(events("b", 0, 2));

        List<? extends TrackedEventMessage<?>> all = engine.readEvents(null, false).toList();
        assertThat(all).extracting(event -> event.trackingToken().position().getAsLong())
                .containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(globalIndexes(new GlobalSequenceTrackingToken(0))).containsExactly(1L, 2L, 3L, 4L);
        assertThat(globalIndexes(new GlobalSequenceTrackingToken(4))).isEmpty();
        assertThat(engine.createHeadToken()).isEqualTo(new GlobalSequenceTrackingToken(4));
    }

    @Test
    void eight_writers_and_a_tracking_reader_see_one_gap_free_order_with_each_aggregate_in_order() throws Exception {
        int writers = 8;
        int commitsEach = 60;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        AtomicBoolean writing = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Long> seenByReader = new ConcurrentLinkedQueue<>();
        var reader = pool.submit(() -> {
            TrackingToken token = null;
            boolean last = false;
            while (!last) {
                last = !writing.get();
                for (TrackedEventMessage<?> event : engine.readEvents(token, false).toList()) {
                    seenByReader.add(event.trackingToken().position().getAsLong());
                    token = event.trackingToken();
                }
            }
            return null;
        });
        CountDownLatch done = new CountDownLatch(writers);
        for (int w = 0; w < writers; w++) {
            String aggregate = "agg-" + w;
            pool.submit(() -> {
                long sequence = 0;
                for (int c = 0; c < commitsEach; c++) {
                    int size = 1 + c % 5;
                    engine.appendEvents(events(aggregate, sequence, size));
                    sequence += size;
                }
                done.countDown();
            });
        }
        assertThat(done.await(60, TimeUnit.SECONDS)).isTrue();
        writing.set(false);
        reader.get(60, TimeUnit.SECONDS);
        pool.shutdown();

        long total = writers * (long) IntStream.range(0, commitsEach).map(c -> 1 + c % 5).sum();
        List<? extends TrackedEventMessage<?>> all = engine.readEvents(null, false).toList();
        assertThat(all).extracting(event -> event.trackingToken().position().getAsLong())
                .containsExactlyElementsOf(LongStream.range(0, total).boxed().toList());
        assertThat(seenByReader).containsExactlyElementsOf(LongStream.range(0, total).boxed().toList());
        Map<String, Long> lastSequence = new HashMap<>();
        for (TrackedEventMessage<?> event : all) {
            DomainEventMessage<?> domain = (DomainEventMessage<?>) event;
            long previous = lastSequence.getOrDefault(domain.getAggregateIdentifier(), -1L);
            assertThat(domain.getSequenceNumber()).isEqualTo(previous + 1);
            lastSequence.put(domain.getAggregateIdentifier(), domain.getSequenceNumber());
        }
    }

    @Test
    void two_engines_on_one_database_standing_in_for_two_jvms_share_one_gap_free_order() throws Exception {
        CommitLogStorageEngine other = store.engine();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicInteger conflicts = new AtomicInteger();
        List<java.util.concurrent.Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            CommitLogStorageEngine mine = t % 2 == 0 ? engine : other;
            String aggregate = "shared-" + t;
            work.add(pool.submit(() -> {
                for (long sequence = 0; sequence < 100; sequence++) {
                    mine.appendEvents(events(aggregate, sequence, 1));
                }
            }));
        }
        // both engines race on one aggregate's sequence number too: exactly one wins each
        for (int i = 0; i < 20; i++) {
            long sequence = i;
            var first = pool.submit(() -> tryAppend(engine, "contested", sequence, conflicts));
            var second = pool.submit(() -> tryAppend(other, "contested", sequence, conflicts));
            first.get();
            second.get();
        }
        for (var future : work) {
            future.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(conflicts.get()).isEqualTo(20);
        assertThat(globalIndexes(null)).containsExactlyElementsOf(LongStream.range(0, 420).boxed().toList());
    }

    @Test
    void a_new_engine_on_the_same_data_finds_the_head_and_continues() {
        engine.appendEvents(events("a", 0, 150));
        CommitLogStorageEngine restarted = store.engine();

        restarted.appendEvents(events("b", 0, 1));

        assertThat(globalIndexes(null)).hasSize(151).last().isEqualTo(150L);
        assertThat(restarted.createHeadToken()).isEqualTo(new GlobalSequenceTrackingToken(150));
    }

    @Test
    void a_commit_stored_but_not_placed_is_placed_by_the_next_load_of_its_aggregate_before_a_later_append() {
        engine.appendEvents(events("a", 0, 1));
        engine.appendEvents(events("b", 0, 1));
        store.database().getCollection(LogEntry.COLLECTION).deleteOne(new Document("_id", 1L));
        markPending("b:0");
        CommitLogStorageEngine restarted = store.engine();

        assertThat(restarted.readEvents("b").asStream()).hasSize(1);
        restarted.appendEvents(events("b", 1, 1));

        assertThat(engine.readEvents(null, false).map(event -> ((DomainEventMessage<?>) event).getAggregateIdentifier()
                + ":" + ((DomainEventMessage<?>) event).getSequenceNumber())).containsExactly("a:0", "b:0", "b:1");
    }

    @Test
    void a_commit_placed_but_not_marked_placed_keeps_its_one_place_whoever_meets_it() {
        CommitLogStorageEngine stale = store.engine();
        stale.appendEvents(events("x", 0, 1));
        engine.appendEvents(events("a", 0, 2));
        engine.appendEvents(events("b", 0, 1));
        markPending("a:0");

        // one helper's idea of the end is before the entry (it walks over it), the other's after it
        assertThat(stale.readEvents("a").asStream()).hasSize(2);
        markPending("a:0");
        assertThat(store.engine().readEvents("a").asStream()).hasSize(2);
        assertThat(store.engine().placeUnplacedCommits()).isZero();

        assertThat(globalIndexes(null)).containsExactly(0L, 1L, 2L, 3L);
        assertThat(store.database().getCollection(StoredCommit.COLLECTION).find(new Document("_id", "a:0")).first())
                .containsEntry("globalIndex", 1L).doesNotContainKey(StoredCommit.PENDING);
    }

    @Test
    void reads_that_start_inside_a_long_commit_find_it_further_back() {
        engine.appendEvents(events("big", 0, 50));
        engine.appendEvents(events("small", 0, 1));

        assertThat(globalIndexes(new GlobalSequenceTrackingToken(29)))
                .containsExactlyElementsOf(LongStream.rangeClosed(30, 50).boxed().toList());
        assertThat(globalIndexes(new GlobalSequenceTrackingToken(49))).containsExactly(50L);
        assertThat(engine.readEvents("big", 40).asStream().map(DomainEventMessage::getSequenceNumber))
                .containsExactlyElementsOf(LongStream.range(40, 50).boxed().toList());
        assertThat(engine.readEvents("big", 50).asStream()).isEmpty();
    }

    @Test
    void an_aggregate_of_many_small_commits_loads_whole_and_from_any_sequence() {
        for (long sequence = 0; sequence < 300; sequence++) {
            engine.appendEvents(events("hot", sequence, 1));
        }

        assertThat(engine.readEvents("hot").asStream().map(DomainEventMessage::getSequenceNumber))
                .containsExactlyElementsOf(LongStream.range(0, 300).boxed().toList());
        assertThat(engine.readEvents("hot", 37).asStream()).hasSize(263);
        assertThat(engine.lastSequenceNumberFor("hot")).contains(299L);
        assertThat(engine.lastSequenceNumberFor("cold")).isEmpty();
    }

    @Test
    void the_start_up_sweep_places_commits_no_one_loads() {
        engine.appendEvents(events("a", 0, 1));
        Document copy = store.database().getCollection(StoredCommit.COLLECTION).find(new Document("_id", "a:0")).first()
                .append("_id", "z:0").append("aggregateId", "z");
        copy.remove("globalIndex"); // as the older layout stored a commit before placing it
        copy.getList("events", Document.class).forEach(event -> event.append("eventId", "z-" + event.get("eventId")));
        store.database().getCollection(StoredCommit.COLLECTION).insertOne(copy);
        markPending("z:0");

        assertThat(store.engine().placeUnplacedCommits()).isEqualTo(1);
        assertThat(store.engine().placeUnplacedCommits()).isZero();
        assertThat(globalIndexes(null)).containsExactly(0L, 1L);
    }

    @Test
    void snapshots_keep_the_latest() {
        engine.appendEvents(events("a", 0, 10));
        engine.storeSnapshot(event("a", 5));
        engine.storeSnapshot(event("a", 9));
        engine.storeSnapshot(event("a", 7));

        assertThat(engine.readSnapshot("a")).map(DomainEventMessage::getSequenceNumber).contains(9L);
        assertThat(engine.readSnapshot("a").map(snapshot -> (Object) snapshot.getPayload())).contains(new Happened("a", 9));
        assertThat(engine.readSnapshot("b")).isEmpty();
    }

    @Test
    void an_old_revision_is_upcast_on_read_by_aggregate_and_by_tracking() {
        engine.appendEvents(new GenericDomainEventMessage<>("Test", "u", 0, new Renamed("u", "x")));
        store.database().getCollection(StoredCommit.COLLECTION).updateOne(new Document("_id", "u:0"),
                new Document("$set", new Document("events.0.payloadRevision", "1")
                        .append("events.0.payload", "{\"aggregateId\":\"u\",\"name\":\"old title\"}")));
        CommitLogStorageEngine upcasting = store.engine(builder -> builder.upcasterChain(new NameToTitle()));

        assertThat(upcasting.readEvents("u").asStream().map(event -> (Object) event.getPayload()).toList())
                .containsExactly(new Renamed("u", "old title"));
        assertThat(upcasting.readEvents(null, false).map(event -> (Object) event.getPayload()).toList())
                .containsExactly(new Renamed("u", "old title"));
    }

    @Test
    void a_token_at_a_time_points_just_before_the_first_event_recorded_then() throws Exception {
        engine.appendEvents(events("a", 0, 3));
        Thread.sleep(5);
        Instant between = Instant.now();
        Thread.sleep(5);
        engine.appendEvents(events("a", 3, 2));

        assertThat(engine.createTokenAt(between)).isEqualTo(new GlobalSequenceTrackingToken(2));
        assertThat(engine.createTokenAt(Instant.EPOCH)).isNull();
    }

    @Test
    void the_hash_chain_verifies_and_pinpoints_an_edited_commit_and_a_removed_one() {
        engine.appendEvents(events("a", 0, 3));
        engine.appendEvents(events("b", 0, 2));
        engine.appendEvents(events("c", 0, 1));
        assertThat(engine.verifyIntegrity().intact()).isTrue();
        assertThat(engine.verifyIntegrity().eventsChecked()).isEqualTo(6);

        assertAnEditedPayloadOfB0IsTheFirstBrokenLink(engine);
        assertThat(engine.verifyIntegrity().intact()).isTrue();
        store.database().getCollection(StoredCommit.COLLECTION).deleteOne(new Document("_id", "b:0"));
        IntegrityReport removed = engine.verifyIntegrity();
        assertThat(removed.intact()).isFalse();
        assertThat(removed.firstBrokenAt()).isEqualTo(3L);
    }

    @Test
    void a_store_hashed_in_the_first_form_still_verifies_and_later_commits_chain_on_in_the_second() {
        CommitLogStorageEngine upgraded = engineOnAStoreHashedInTheFirstForm();
        assertThat(upgraded.verifyIntegrity().intact()).isTrue();

        upgraded.appendEvents(events("c", 0, 1));
        upgraded.appendEvents(events("a", 3, 2));

        var streams = store.database().getCollection(StoredCommit.COLLECTION);
        assertThat(streams.find(new Document("_id", "b:0")).first().get(LogEntry.HASH_VERSION)).isNull();
        assertThat(streams.find(new Document("_id", "a:3")).first().get(LogEntry.HASH_VERSION))
                .isEqualTo(HashChain.FIELD_BYTES);
        IntegrityReport report = upgraded.verifyIntegrity();
        assertThat(report.intact()).isTrue();
        assertThat(report.eventsChecked()).isEqualTo(8);
    }

    @Test
    void an_edited_commit_of_the_first_form_is_the_first_broken_link() {
        CommitLogStorageEngine upgraded = engineOnAStoreHashedInTheFirstForm();
        upgraded.appendEvents(events("c", 0, 1));

        assertAnEditedPayloadOfB0IsTheFirstBrokenLink(upgraded);
    }

    @Test
    void a_commit_whose_hash_form_is_removed_is_the_first_broken_link() {
        CommitLogStorageEngine upgraded = engineOnAStoreHashedInTheFirstForm();
        upgraded.appendEvents(events("c", 0, 1));
        assertThat(upgraded.verifyIntegrity().intact()).isTrue();

        store.database().getCollection(StoredCommit.COLLECTION).updateOne(new Document("_id", "c:0"),
                new Document("$unset", new Document(LogEntry.HASH_VERSION, "")));

        IntegrityReport reformed = upgraded.verifyIntegrity();
        assertThat(reformed.intact()).isFalse();
        assertThat(reformed.firstBrokenAt()).isEqualTo(5L);
        assertThat(reformed.brokenCommit()).isEqualTo("c:0");
    }

    /** Commits a:0 (3 events) and b:0 (2) as the engine hashed them before, and an engine started on them since. */
    private CommitLogStorageEngine engineOnAStoreHashedInTheFirstForm() {
        engine.appendEvents(events("a", 0, 3));
        engine.appendEvents(events("b", 0, 2));
        store.hashInTheFirstForm();
        return store.engine();
    }

    /** Edits an event of b:0 (positions 3 and 4), checks that verification names it, and puts it back. */
    private void assertAnEditedPayloadOfB0IsTheFirstBrokenLink(CommitLogStorageEngine verifying) {
        var streams = store.database().getCollection(StoredCommit.COLLECTION);
        Document original = streams.find(new Document("_id", "b:0")).first();
        streams.updateOne(new Document("_id", "b:0"),
                new Document("$set", new Document("events.1.payload", "{\"aggregateId\":\"b\",\"n\":99}")));
        IntegrityReport edited = verifying.verifyIntegrity();
        assertThat(edited.intact()).isFalse();
        assertThat(edited.firstBrokenAt()).isEqualTo(3L);
        assertThat(edited.brokenCommit()).isEqualTo("b:0");
        streams.replaceOne(new Document("_id", "b:0"), original);
    }

    /** Revision 1 of Renamed called its title "name". */
    private static final class NameToTitle extends SingleEventUpcaster {

        private static final SimpleSerializedType OLD = new SimpleSerializedType(Renamed.class.getName(), "1");

        @Override
        protected boolean canUpcast(IntermediateEventRepresentation representation) {
            return representation.getType().equals(OLD);
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
            return representation.upcastPayload(new SimpleSerializedType(Renamed.class.getName(), "2"), JsonNode.class,
                    node -> {
                        ObjectNode object = (ObjectNode) node;
                        object.set("title", object.remove("name"));
                        return object;
                    });
        }
    }

    /** As a writer leaves a commit it stopped placing: stored, not marked placed. */
    private void markPending(String key) {
        store.database().getCollection(StoredCommit.COLLECTION).updateOne(new Document("_id", key),
                new Document("$set", new Document(StoredCommit.PENDING, true)).append("$unset",
                        new Document("globalIndex", "")));
    }

    private static void tryAppend(CommitLogStorageEngine engine, String aggregate, long sequence, AtomicInteger conflicts) {
        try {
            engine.appendEvents(events(aggregate, sequence, 1));
        } catch (ConcurrencyException | AggregateStreamCreationException e) {
            conflicts.incrementAndGet();
        }
    }

    private List<Long> globalIndexes(TrackingToken after) {
        return engine.readEvents(after, false).map(event -> event.trackingToken().position().getAsLong()).toList();
    }

    static List<DomainEventMessage<?>> events(String aggregate, long firstSequence, int count) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(event(aggregate, firstSequence + i));
        }
        return Collections.unmodifiableList(events);
    }

    private static DomainEventMessage<?> event(String aggregate, long sequence) {
        return new GenericDomainEventMessage<>("Test", aggregate, sequence, new Happened(aggregate, sequence));
    }
}
