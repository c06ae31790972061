package com.clientcare.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
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
 * unless that threshold is 0; a checkpoint comes early instead.
 */
class EmbeddedStoreCheckpointTest {

    @TempDir
    Path dataDirectory;

    /**
     * Increments that change 25 MB of pages between two checkpoints, then a hard stop: each counts once after the
     * journal is applied again. H2 had committed the store by itself past 19 MB, so the journal applied the
     * increments before that commit a second time.
     */
    @Test
    void increments_across_many_large_pages_count_once_after_a_hard_stop() {
        withLargePages((backend, documents) -> {
            IntStream.range(0, 25).forEach(i -> documents.updateOne(Filters.eq("_id", i), Updates.inc("n", 1)));
            backend.commit();
            IntStream.range(25, 50).forEach(i -> documents.updateOne(Filters.eq("_id", i), Updates.inc("n", 1)));
            backend.getMvStore().closeImmediately();
        });

        DurableH2Backend reopened = DurableH2Backend.open(StoreFormat.prepare(dataDirectory), false,
                Duration.ofHours(1));
        MongoServer server = new MongoServer(reopened);
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + server.bind().getPort())) {
            assertThat(client.getDatabase("clientcare").getCollection("documents")
                    .find(Filters.exists("n")).projection(Projections.include("n"))
                    .map(document -> document.getInteger("n")))
                    .hasSize(50).containsOnly(1);
        } finally {
            server.shutdownNow();
        }
    }

    /** Unsaved pages are bounded without H2's own commits: past 16 MB of them a checkpoint comes early. */
    @Test
    void past_16_mb_of_unsaved_pages_a_checkpoint_comes_before_its_time() {
        withLargePages((backend, documents) -> {
            long version = backend.getMvStore().getCurrentVersion();

            IntStream.range(0, 40).forEach(i -> documents.updateOne(Filters.eq("_id", i), Updates.set("n", i)));

            // the last writes' checkpoint may still be queued when the writes end (updates are fast enough now)
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(backend.getMvStore().getCurrentVersion()).isGreaterThan(version);
                assertThat(backend.getMvStore().getUnsavedMemory()).isLessThan(16 * 1024 * 1024);
            });
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
