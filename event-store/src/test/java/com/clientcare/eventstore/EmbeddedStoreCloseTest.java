package com.clientcare.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
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

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
