package com.clientcare.eventstore.commitlog;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static com.clientcare.eventstore.commitlog.CommitLogStorageEngineTest.events;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What keeps verification, stream ends, the start-up sweep and tracking readers from walking more of the store than
 * they need (#16).
 */
class LargeStoreTest {

    @AutoClose
    private final TestStore store = new TestStore();
    private CommitLogStorageEngine engine = store.engine();

    @Test
    void verification_read_ahead_in_batches_still_names_the_first_broken_link_of_a_later_batch() {
        for (int i = 0; i < 260; i++) {
            engine.appendEvents(events("a" + i, 0, 1 + i % 3));
        }
        assertThat(engine.verifyIntegrity().commitsChecked()).isEqualTo(260);
        long position = ((Number) store.database().getCollection(StoredCommit.COLLECTION)
                .find(new Document("_id", "a200:0")).first().get(GlobalLog.CLAIM_INDEX)).longValue();

        store.database().getCollection(StoredCommit.COLLECTION).updateOne(new Document("_id", "a200:0"),
                new Document("$set", new Document("events.0.payload", "{\"aggregateId\":\"a200\",\"n\":99}")));
        IntegrityReport report = engine.verifyIntegrity();

        assertThat(report.intact()).isFalse();
        assertThat(report.firstBrokenAt()).isEqualTo(position);
        assertThat(report.brokenCommit()).isEqualTo("a200:0");
        assertThat(report.commitsChecked()).isEqualTo(200);
    }

    @Test
    void the_end_of_a_stream_is_found_from_its_snapshot_on() {
        for (int sequence = 0; sequence < 300; sequence += 3) {
            engine.appendEvents(events("hot", sequence, 3));
        }
        engine.storeSnapshot(events("hot", 250, 1).get(0));
        assertThat(engine.lastSequenceNumberFor("hot")).contains(299L);

        engine.storeSnapshot(events("hot", 299, 1).get(0));
        assertThat(engine.lastSequenceNumberFor("hot")).contains(299L);
        engine.appendEvents(events("hot", 300, 1));
        assertThat(engine.lastSequenceNumberFor("hot")).contains(300L);
    }

    @Test
    void without_an_index_on_pending_a_store_without_entries_of_the_older_layout_is_not_scanned() {
        engine = store.engine(builder -> builder.pendingIndexed(false));
        engine.appendEvents(events("a", 0, 2));
        // a pending mark could only be left by a writer of the older layout, which also left event_log entries
        store.database().getCollection(StoredCommit.COLLECTION).updateOne(new Document("_id", "a:0"),
                new Document("$set", new Document(StoredCommit.PENDING, true)));

        assertThat(engine.placeUnplacedCommits()).isZero();
        assertThat(engine.verifyIntegrity().intact()).isTrue();
    }

    @Test
    void preparing_a_store_without_entries_of_the_older_layout_asks_nothing_of_them_however_long_its_log() {
        for (int i = 0; i < 200; i++) {
            engine.appendEvents(events("a" + i, 0, 3));
        }
        int before = store.finds(LogEntry.COLLECTION);

        store.engine().ensureIndexes();

        assertThat(store.finds(LogEntry.COLLECTION) - before).isZero();
    }

    @Test
    void a_stretch_of_the_log_one_tracking_reader_fetched_is_read_by_the_next_from_memory() {
        for (int i = 0; i < 300; i++) {
            engine.appendEvents(events("a" + i, 0, 1 + i % 3));
        }
        int before = store.commitFinds();
        List<Long> first = positions(engine);
        int byFirst = store.commitFinds() - before;
        List<Long> second = positions(engine);
        int bySecond = store.commitFinds() - before - byFirst;

        assertThat(first).hasSize(600).isEqualTo(LongStream.range(0, 600).boxed().toList());
        assertThat(second).isEqualTo(first);
        assertThat(byFirst).isGreaterThan(5);
        // the commit holding the reader's first position, then one look past the end: the rest from memory
        assertThat(bySecond).isLessThanOrEqualTo(2);
    }

    @Test
    void a_reader_reads_the_whole_log_in_order_when_memory_holds_only_a_few_commits() {
        engine = store.engine(builder -> builder.recentCommitsCached(7));
        for (int i = 0; i < 300; i++) {
            engine.appendEvents(events("a" + i, 0, 1 + i % 3));
        }
        CommitLogStorageEngine other = store.engine(builder -> builder.recentCommitsCached(7));

        assertThat(positions(engine)).isEqualTo(LongStream.range(0, 600).boxed().toList());
        assertThat(positions(engine)).isEqualTo(positions(other));
    }

    private static List<Long> positions(CommitLogStorageEngine engine) {
        try (Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(null, false)) {
            return events.map(event -> event.trackingToken().position().orElseThrow()).toList();
        }
    }
}
