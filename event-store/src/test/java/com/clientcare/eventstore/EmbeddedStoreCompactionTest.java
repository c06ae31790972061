package com.clientcare.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #16: documents appended and never changed beside documents rewritten over and over (an event log beside read
 * models) leave a few live pages in almost every chunk of the store's file; each checkpoint moves live pages out of
 * the sparsest chunks in proportion to what it wrote, so the file stays within a small multiple of its live bytes
 * (at a million events, with a fixed 4 MB every 30 checkpoints, the file was 80 % dead: 33 KB per event).
 */
class EmbeddedStoreCompactionTest {

    private static final int ROUNDS = 100;
    private static final long MB = 1024 * 1024;
    private static final String PAYLOAD = "r".repeat(20_000);
    private static final String DOCUMENTS_MAP = BsonH2Database.DATA_PREFIX + "clientcare.documents";
    private static final String KEYS_MAP = "clientcare.documents" + BsonH2Database.INDEX_INFIX + "key_1";

    @TempDir
    Path dataDirectory;

    @Test
    void a_file_of_appended_and_rewritten_documents_stays_within_three_times_its_live_bytes() {
        onAStore((backend, database) -> {
            MongoCollection<Document> log = database.getCollection("log");
            MongoCollection<Document> models = database.getCollection("models");
            for (int round = 0; round < ROUNDS; round++) {
                int from = round * 200;
                log.insertMany(IntStream.range(from, from + 200)
                        .mapToObj(i -> new Document("_id", i).append("event", "e".repeat(300))).toList());
                for (int model = 0; model < 20; model++) {
                    models.replaceOne(Filters.eq("_id", model), new Document("round", round).append("state", PAYLOAD),
                            new ReplaceOptions().upsert(true));
                }
                backend.checkpoint();
            }
            StoreFileStats stats = backend.fileStats();
            assertThat(stats.fileBytes()).as("%s", stats).isLessThan(3 * stats.liveBytes());
        });
    }

    /** A burst of writes since removed leaves the file mostly free space; while idle, the store moves chunks and cuts it. */
    @Test
    void a_file_left_mostly_free_by_removed_documents_shrinks_while_the_store_is_idle() {
        onAStore((backend, database) -> {
            MongoCollection<Document> kept = database.getCollection("kept");
            MongoCollection<Document> burst = database.getCollection("burst");
            for (int round = 0; round < 40; round++) {
                kept.insertOne(new Document("_id", round).append("event", "e".repeat(10_000)));
                burst.insertOne(new Document("_id", round).append("state", "b".repeat(1_000_000)));
                backend.checkpoint();
            }
            burst.deleteMany(new Document());
            long burstFile = backend.fileStats().fileBytes();

            // a few more versions, after which H2 may reuse the removed documents' chunks
            for (int round = 40; round < 43; round++) {
                kept.insertOne(new Document("_id", round).append("event", "e".repeat(10_000)));
                backend.checkpoint();
            }
            for (int idle = 0; idle < 10; idle++) {
                backend.checkpoint();
            }

            assertThat(burstFile).isGreaterThan(40 * MB);
            StoreFileStats after = backend.fileStats();
            assertThat(after.fileBytes()).as("%s", after).isLessThan(8 * MB);
        });
    }

    @Test
    void a_store_compacted_before_a_start_keeps_every_live_entry_in_a_smaller_file() throws Exception {
        Path file = StoreFormat.prepare(dataDirectory);
        // written as a store whose online compaction could not keep up: three entries in four removed from every
        // chunk, and closed without housekeeping
        MVStore written = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
        MVMap<Object, de.bwaldvogel.mongo.bson.Document> documents =
                written.openMap(DOCUMENTS_MAP, BsonH2Database.documents());
        MVMap<KeyValue, Object> keys = written.openMap(KEYS_MAP, BsonH2Database.indexEntries());
        for (int i = 0; i < 400; i++) {
            documents.put("d-" + i, new de.bwaldvogel.mongo.bson.Document("_id", "d-" + i).append("payload", PAYLOAD));
            keys.put(new KeyValue("k-" + i), "d-" + i);
            if (i % 20 == 19) {
                written.commit();
            }
        }
        IntStream.range(0, 400).filter(i -> i % 4 != 0).forEach(i -> {
            documents.remove("d-" + i);
            keys.remove(new KeyValue("k-" + i));
        });
        written.commit();
        written.closeImmediately();
        long before = Files.size(file);

        EmbeddedMongoServer.compact(dataDirectory, false);

        long live = 100L * PAYLOAD.length();
        assertThat(Files.size(file)).isLessThan(before / 2).isLessThan(live * 3 / 2);
        MVStore compacted = new MVStore.Builder().fileName(file.toString()).readOnly().open();
        try {
            MVMap<Object, de.bwaldvogel.mongo.bson.Document> kept =
                    compacted.openMap(DOCUMENTS_MAP, BsonH2Database.documents());
            MVMap<KeyValue, Object> keptKeys = compacted.openMap(KEYS_MAP, BsonH2Database.indexEntries());
            assertThat(kept.keySet()).containsExactlyInAnyOrderElementsOf(
                    IntStream.range(0, 100).mapToObj(i -> "d-" + i * 4).toList());
            assertThat(kept.values()).allSatisfy(document -> assertThat(document.get("payload")).isEqualTo(PAYLOAD));
            assertThat(keptKeys.get(new KeyValue("k-8"))).isEqualTo("d-8");
            assertThat(keptKeys.sizeAsLong()).isEqualTo(100);
        } finally {
            compacted.close();
        }
    }

    /**
     * A store whose checkpoints the test makes itself, whose chunks may be reused at once, not 45 s after they are
     * written, nor kept for 5 versions: the tests are about what is moved.
     */
    private void onAStore(BiConsumer<DurableH2Backend, MongoDatabase> test) {
        DurableH2Backend backend = DurableH2Backend.open(StoreFormat.prepare(dataDirectory), false,
                Duration.ofHours(1));
        backend.getMvStore().setRetentionTime(0);
        backend.getMvStore().setVersionsToKeep(1);
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + server.bind().getPort())) {
            test.accept(backend, client.getDatabase("clientcare"));
        } finally {
            server.shutdownNow();
        }
    }
}
