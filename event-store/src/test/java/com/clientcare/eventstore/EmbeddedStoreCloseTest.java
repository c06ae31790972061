package com.clientcare.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Closing the embedded H2 store while a checkpoint writes its pages. */
class EmbeddedStoreCloseTest {

    /** 38 MB: more journal than a checkpoint waits for, so one starts as the insert is answered. */
    private static final int DOCUMENTS = 600;

    @TempDir
    Path dataDirectory;

    @Test
    void a_store_closed_while_a_checkpoint_writes_closes_cleanly_and_reopens_with_every_document() throws Exception {
        for (int round = 1; round <= 2; round++) {
            String prefix = round + "-";
            int port = freePort();
            try (EmbeddedMongoServer server = EmbeddedMongoServer.start(MongoConnectionProperties.EmbeddedBackend.H2,
                    dataDirectory, port, false, Duration.ofHours(1));
                 MongoClient client = MongoClients.create("mongodb://localhost:" + port)) {
                List<Document> burst = IntStream.range(0, DOCUMENTS).mapToObj(i -> new Document("_id", prefix + i)
                        .append("text", "x".repeat(64 * 1024))).toList();
                client.getDatabase("clientcare").getCollection("documents").insertMany(burst);
            }
        }
        int port = freePort();
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(MongoConnectionProperties.EmbeddedBackend.H2,
                dataDirectory, port, false);
             MongoClient client = MongoClients.create("mongodb://localhost:" + port)) {
            assertThat(client.getDatabase("clientcare").getCollection("documents").countDocuments())
                    .isEqualTo(2L * DOCUMENTS);
        }
    }

    /**
     * A close checkpoints what was applied since the last checkpoint and makes its journal obsolete: writes that are
     * not idempotent (an increment) are then not applied again from the journal when the store reopens.
     */
    @Test
    void increments_made_since_the_last_checkpoint_count_once_after_a_close_and_a_reopen() throws Exception {
        for (int round = 1; round <= 2; round++) {
            int port = freePort();
            try (EmbeddedMongoServer server = EmbeddedMongoServer.start(MongoConnectionProperties.EmbeddedBackend.H2,
                    dataDirectory, port, false, Duration.ofHours(1));
                 MongoClient client = MongoClients.create("mongodb://localhost:" + port)) {
                var counters = client.getDatabase("clientcare").getCollection("counters");
                for (int increment = 0; increment < 10; increment++) {
                    counters.updateOne(Filters.eq("_id", "c"), Updates.inc("n", 1), new UpdateOptions().upsert(true));
                }
            }
        }
        int port = freePort();
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(MongoConnectionProperties.EmbeddedBackend.H2,
                dataDirectory, port, false, Duration.ofHours(1));
             MongoClient client = MongoClients.create("mongodb://localhost:" + port)) {
            assertThat(client.getDatabase("clientcare").getCollection("counters").find().first())
                    .containsEntry("n", 20);
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
