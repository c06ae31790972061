package com.clientcare.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** #16: the application hosting the embedded store tells how large its file is and how much of it is live. */
class EmbeddedStoreMetersTest {

    @TempDir
    Path dataDirectory;

    @Test
    void the_store_file_size_and_fill_are_gauges_once_a_checkpoint_has_written_the_documents() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(MongoConnectionProperties.EmbeddedBackend.H2,
                dataDirectory, port, false, Duration.ofMillis(100));
             MongoClient client = MongoClients.create("mongodb://localhost:" + port)) {
            new EventStoreConfiguration().embeddedStoreMeters(server).bindTo(registry);
            client.getDatabase("clientcare").getCollection("documents").insertMany(IntStream.range(0, 2_000)
                    .mapToObj(i -> new Document("_id", i).append("payload", "x".repeat(1_000))).toList());
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                    registry.get("clientcare.store.file.size").gauge().value()).isGreaterThan(2_000 * 1_000));

            assertThat(registry.get("clientcare.store.file.size").gauge().value())
                    .isEqualTo((double) Files.size(dataDirectory.resolve(StoreFormat.CURRENT)));
            assertThat(registry.get("clientcare.store.file.fill").gauge().value()).isBetween(1.0, 100.0);
            assertThat(registry.get("clientcare.store.chunks.live").gauge().value()).isBetween(1.0, 100.0);
        }
    }

    @Test
    void an_application_that_hosts_no_store_file_has_no_store_gauges() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(MongoConnectionProperties.EmbeddedBackend.MEMORY,
                dataDirectory, 0, false)) {
            new EventStoreConfiguration().embeddedStoreMeters(server).bindTo(registry);
        }
        assertThat(registry.find("clientcare.store.file.size").gauge()).isNull();
    }
}
