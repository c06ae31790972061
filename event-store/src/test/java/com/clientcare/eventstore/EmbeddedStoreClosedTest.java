package com.clientcare.eventstore;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * #16: H2 closes its store for good after a failure it cannot undo (at 900,000 events a checkpoint ran out of heap);
 * the embedded server then answers every command, ping too, with an error, so the applications' health says DOWN.
 */
class EmbeddedStoreClosedTest {

    @TempDir
    Path dataDirectory;

    @Test
    void once_the_h2_store_has_closed_itself_even_a_ping_fails_and_the_store_health_is_down() {
        DurableH2Backend backend = DurableH2Backend.open(StoreFormat.prepare(dataDirectory), false,
                Duration.ofHours(1));
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + server.bind().getPort())) {
            StoreHealth health = new StoreHealth(client.getDatabase("clientcare"));
            client.getDatabase("clientcare").getCollection("documents").insertOne(new Document("_id", "a"));
            assertThat(health.health().getStatus().getCode()).isEqualTo("UP");

            backend.getMvStore().closeImmediately();

            assertThatThrownBy(() -> client.getDatabase("clientcare").runCommand(new Document("ping", 1)))
                    .isInstanceOf(MongoCommandException.class).hasMessageContaining("restart the command side");
            assertThat(health.health().getStatus().getCode()).isEqualTo("DOWN");
        } finally {
            server.shutdownNow();
        }
    }
}
