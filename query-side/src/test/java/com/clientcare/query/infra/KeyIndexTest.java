package com.clientcare.query.infra;

import com.clientcare.query.infra.KeyIndex.Bucketing;
import com.clientcare.query.infra.KeyIndex.Placement;
import com.clientcare.query.infra.KeyIndex.Selection;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The exact-key lists behind every paged endpoint (#16 item 2): pages in order across buckets, totals from the
 * directory, time ranges and tag filters, and writes that stay right when a batch of events is handled again.
 */
class KeyIndexTest {

    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    private InMemoryMongo mongo;
    private KeyIndex index;

    @BeforeEach
    void setUp() {
        mongo = new InMemoryMongo();
        index = new KeyIndex(mongo.database("test"), "things");
        // five entries over five days, added newest first: the order comes from the keys, not from the writes
        for (int day = 4; day >= 0; day--) {
            index.add(placement("all", day, day % 2 == 0 ? "even" : "odd"));
        }
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void the_first_page_holds_the_oldest_entries_and_the_total_counts_all() {
        KeyIndex.Slice page = index.page("all", Bucketing.DAY, Selection.oldestFirst(), 0, 2);

        assertThat(page.ids()).containsExactly("t-0", "t-1");
        assertThat(page.total()).isEqualTo(5);
    }

    @Test
    void the_last_page_holds_what_is_left() {
        assertThat(index.page("all", Bucketing.DAY, Selection.oldestFirst(), 4, 2).ids()).containsExactly("t-4");
    }

    @Test
    void a_page_past_the_end_is_empty_with_the_total() {
        KeyIndex.Slice page = index.page("all", Bucketing.DAY, Selection.oldestFirst(), 10, 2);

        assertThat(page.ids()).isEmpty();
        assertThat(page.total()).isEqualTo(5);
    }

    @Test
    void newest_first_starts_from_the_latest_entry() {
        assertThat(index.page("all", Bucketing.DAY, Selection.newestFirst(), 0, 2).ids()).containsExactly("t-4", "t-3");
    }

    @Test
    void a_time_range_includes_its_start_and_leaves_its_end_out() {
        Selection range = Selection.oldestFirst().between(START.plus(Duration.ofDays(1)), START.plus(Duration.ofDays(3)));

        KeyIndex.Slice page = index.page("all", Bucketing.DAY, range, 0, 10);

        assertThat(page.ids()).containsExactly("t-1", "t-2");
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void a_tag_filter_pages_and_counts_only_matching_entries() {
        Selection even = Selection.oldestFirst().where(entry -> "even".equals(entry.tag(0)));

        KeyIndex.Slice page = index.page("all", Bucketing.DAY, even, 1, 1);

        assertThat(page.ids()).containsExactly("t-2");
        assertThat(page.total()).isEqualTo(3);
    }

    @Test
    void an_entry_added_again_when_a_batch_is_handled_twice_is_counted_once() {
        index.add(placement("all", 2, "even"));

        assertThat(index.counts("all").values()).containsOnly(1);
        assertThat(index.page("all", Bucketing.DAY, Selection.oldestFirst(), 0, 10).total()).isEqualTo(5);
    }

    @Test
    void replacing_a_placement_moves_the_entry_to_its_new_list() {
        index.replace(List.of(placement("all", 2, "even")), List.of(placement("other", 2, "even")));

        assertThat(index.page("all", Bucketing.DAY, Selection.oldestFirst(), 0, 10).ids())
                .containsExactly("t-0", "t-1", "t-3", "t-4");
        assertThat(index.page("other", Bucketing.DAY, Selection.oldestFirst(), 0, 10).ids()).containsExactly("t-2");
    }

    @Test
    void a_bucket_emptied_leaves_the_directory() {
        index.remove(placement("all", 0, "even"));

        assertThat(index.counts("all")).doesNotContainKey("2026-03-01").hasSize(4);
    }

    @Test
    void segments_adding_to_one_bucket_at_once_leave_the_total_right() throws Exception {
        inTwoSegments((writer, first) -> {
            for (int n = first; n < first + 100; n++) {
                writer.add(new Placement("busy", Bucketing.DAY, START, "b-" + n, List.of("x")));
            }
        });

        assertThat(index.page("busy", Bucketing.DAY, Selection.oldestFirst(), 0, 1).total()).isEqualTo(200);
    }

    @Test
    void a_bucket_holds_its_entries_in_key_order_whatever_order_they_were_written_in() {
        index.add(new Placement("mixed", Bucketing.DAY, START.plusSeconds(20), "m-2", List.of("x")));
        index.add(new Placement("mixed", Bucketing.DAY, START.plusSeconds(10), "m-1", List.of("x")));
        index.add(new Placement("mixed", Bucketing.DAY, START.plusSeconds(30), "m-3", List.of("x")));

        List<String> stored = mongo.database("test").getCollection("things_keys")
                .find(new Document("_id", "mixed|2026-03-01")).first().getList("e", String.class);
        assertThat(stored).isSorted().hasSize(3);
    }

    @Test
    void an_entry_whose_tags_change_keeps_its_place_and_the_count() {
        index.replace(List.of(placement("all", 2, "even")), List.of(placement("all", 2, "changed")));

        assertThat(index.page("all", Bucketing.DAY, Selection.oldestFirst(), 0, 10).entries())
                .extracting(KeyIndex.Entry::id, entry -> entry.tag(0))
                .containsExactly(tuple("t-0", "even"), tuple("t-1", "odd"), tuple("t-2", "changed"),
                        tuple("t-3", "odd"), tuple("t-4", "even"));
        assertThat(index.counts("all").values()).containsOnly(1);
    }

    @Test
    void a_reader_never_misses_an_entry_while_its_tags_change() throws Exception {
        ExecutorService writer = Executors.newSingleThreadExecutor();
        Future<?> changes = writer.submit(() -> {
            for (int change = 0; change < 200; change++) {
                index.replace(List.of(placement("all", 2, change % 2 == 0 ? "even" : "odd")),
                        List.of(placement("all", 2, change % 2 == 0 ? "odd" : "even")));
            }
        });
        List<List<String>> seen = new ArrayList<>();
        while (!changes.isDone()) {
            seen.add(index.page("all", Bucketing.DAY, Selection.oldestFirst(), 0, 10).ids());
        }
        changes.get();
        writer.shutdown();

        assertThat(seen).isNotEmpty().allSatisfy(ids -> assertThat(ids).contains("t-2"));
    }

    @Test
    void live_batches_of_two_segments_adding_to_one_bucket_at_once_keep_every_entry_and_the_total() throws Exception {
        inTwoSegments((writer, first) -> {
            for (int batch = first; batch < first + 100; batch += 10) {
                try (ReadModelBatch ignored = ReadModelBatch.openShared()) {
                    for (int n = batch; n < batch + 10; n++) {
                        writer.add(new Placement("busy", Bucketing.DAY, START, "b-" + n, List.of("x")));
                    }
                }
            }
        });

        KeyIndex.Slice all = index.page("busy", Bucketing.DAY, Selection.oldestFirst(), 0, 1000);
        assertThat(all.ids()).hasSize(200).doesNotHaveDuplicates();
        assertThat(all.total()).isEqualTo(200);
    }

    @Test
    void live_batches_of_two_segments_opening_the_same_new_lists_at_once_keep_every_entry_and_count() throws Exception {
        inTwoSegments((writer, first) -> {
            try (ReadModelBatch ignored = ReadModelBatch.openShared()) {
                for (int list = 0; list < 30; list++) {
                    writer.add(new Placement("new-" + list, Bucketing.DAY, START, "from-" + first, List.of()));
                }
            }
        });

        for (int list = 0; list < 30; list++) {
            assertThat(index.ids("new-" + list, Bucketing.DAY)).containsExactly("from-0", "from-100");
            assertThat(index.counts("new-" + list)).containsExactly(java.util.Map.entry("2026-03-01", 2));
        }
    }

    @Test
    void a_live_batch_that_changes_many_lists_writes_them_in_a_few_round_trips() {
        ReadModelBatch batch = ReadModelBatch.openShared();
        for (int list = 0; list < 50; list++) {
            index.add(new Placement("correlation-" + list, Bucketing.DAY, START, "e-" + list, List.of()));
        }
        int before = mongo.commands();
        batch.close();

        // read the buckets, write them, read them back; write the directories, read the counts back
        assertThat(mongo.commands() - before).isLessThanOrEqualTo(5);
        assertThat(index.ids("correlation-49", Bucketing.DAY)).containsExactly("e-49");
    }

    @Test
    void a_live_batch_writes_nothing_before_its_flush_and_nothing_when_discarded() {
        ReadModelBatch batch = ReadModelBatch.openShared();
        index.add(placement("held", 0, "x"));
        index.remove(placement("all", 1, "odd"));
        long storedBefore = mongo.database("test").getCollection("things_keys").countDocuments();
        batch.discard();

        assertThat(mongo.database("test").getCollection("things_keys").countDocuments()).isEqualTo(storedBefore);
        assertThat(index.counts("held")).isEmpty();
        assertThat(index.page("all", Bucketing.DAY, Selection.oldestFirst(), 0, 10).total()).isEqualTo(5);
    }

    @Test
    void a_live_batch_applies_its_changes_in_order_at_its_flush() {
        try (ReadModelBatch ignored = ReadModelBatch.openShared()) {
            index.add(placement("all", 5, "odd"));
            index.remove(placement("all", 0, "even"));
            index.replace(List.of(placement("all", 2, "even")), List.of(placement("all", 2, "changed")));
            index.remove(placement("all", 5, "odd"));
        }

        assertThat(index.page("all", Bucketing.DAY, Selection.oldestFirst(), 0, 10).entries())
                .extracting(KeyIndex.Entry::id, entry -> entry.tag(0))
                .containsExactly(tuple("t-1", "odd"), tuple("t-2", "changed"), tuple("t-3", "odd"),
                        tuple("t-4", "even"));
        assertThat(index.counts("all")).hasSize(4).doesNotContainKey("2026-03-01");
    }

    @Test
    void a_replay_compares_an_empty_lists_directory_as_absent_and_leaves_a_buckets_version_out() {
        Document emptied = new Document("_id", "all").append("b", new Document());
        Document bucket = new Document("_id", "all|2026-03-01").append("e", List.of("x")).append("n", 1);

        assertThat(KeyIndex.comparable("things_keys", emptied)).isNull();
        assertThat(KeyIndex.comparable("things_keys", new Document(bucket).append("v", new ObjectId())))
                .isEqualTo(bucket);
    }

    /** Two writers on one collection, each in its own thread like two segments, adding ids from 0 and from 100. */
    private void inTwoSegments(BiConsumer<KeyIndex, Integer> writes) throws Exception {
        KeyIndex other = new KeyIndex(mongo.database("test"), "things");
        ExecutorService segments = Executors.newFixedThreadPool(2);
        List<Future<?>> running = new ArrayList<>();
        for (int segment = 0; segment < 2; segment++) {
            KeyIndex writer = segment == 0 ? index : other;
            int first = segment * 100;
            running.add(segments.submit(() -> writes.accept(writer, first)));
        }
        for (Future<?> write : running) {
            write.get();
        }
        segments.shutdown();
    }

    private static Placement placement(String list, int day, String tag) {
        return new Placement(list, Bucketing.DAY, START.plus(Duration.ofDays(day)), "t-" + day, List.of(tag));
    }
}
