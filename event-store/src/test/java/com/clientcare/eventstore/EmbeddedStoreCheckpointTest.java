package com.clientcare.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The store's file changes only at a checkpoint, which makes the journal so far obsolete: a version of the store
 * written between two checkpoints would hold writes that the journal applies again after a hard stop. H2 commits a
 * store by itself once its unsaved pages pass a memory threshold (19 MB here), also with its auto-commit disabled,
 * unless that threshold is 0.
 */
class EmbeddedStoreCheckpointTest {

    @TempDir
    Path dataDirectory;

    @Test
    void small_writes_that_change_many_large_pages_do_not_commit_the_store_between_checkpoints() {
        withLargePages((backend, documents) -> {
            long version = backend.getMvStore().getCurrentVersion();

            // a few bytes of journal each, a page of a megabyte changed each: 25 MB of unsaved pages, past H2's
            // threshold, short of the 32 MB at which a checkpoint comes early
            IntStream.range(0, 25).forEach(i -> documents.updateOne(Filters.eq("_id", i), Updates.set("n", i)));

            assertThat(backend.getMvStore().getCurrentVersion()).as("the store's version").isEqualTo(version);
        });
    }

    /** Unsaved pages are bounded without H2's own commits: past 32 MB of them a checkpoint comes early. */
    @Test
    void past_32_mb_of_unsaved_pages_a_checkpoint_comes_before_its_time() {
        withLargePages((backend, documents) -> {
            long version = backend.getMvStore().getCurrentVersion();

            IntStream.range(0, 40).forEach(i -> documents.updateOne(Filters.eq("_id", i), Updates.set("n", i)));

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                    backend.getMvStore().getCurrentVersion()).isGreaterThan(version));
            assertThat(backend.getMvStore().getUnsavedMemory()).isLessThan(32 * 1024 * 1024);
        });
    }

    /** A store of 60 documents of a megabyte each, checkpointed, its checkpoints otherwise an hour apart. */
    private void withLargePages(BiConsumer<DurableH2Backend, MongoCollection<Document>> test) {
        DurableH2Backend backend = DurableH2Backend.open(StoreFormat.prepare(dataDirectory), false,
                Duration.ofHours(1));
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + server.bind().getPort())) {
            MongoCollection<Document> documents = client.getDatabase("clientcare").getCollection("documents");
            for (int i = 0; i < 60; i++) {
                documents.insertOne(new Document("_id", i).append("state", "s".repeat(1_000_000)));
                backend.checkpoint();
            }
            test.accept(backend, documents);
        } finally {
            server.shutdownNow();
        }
    }
}
