package com.clientcare.eventstore.cluster;

import com.clientcare.eventstore.InMemoryBsonBackend;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** S7 across instances: the deadline watch runs on the one instance holding its lease, and moves when it dies. */
class LeaseTest {

    private static final Duration TTL = Duration.ofSeconds(10);
    private static final Instant T0 = Instant.parse("2026-06-01T10:00:00Z");

    private final MongoServer server = new MongoServer(new InMemoryBsonBackend());
    private final MongoClient client = MongoClients.create("mongodb://localhost:" + server.bind().getPort());
    private final MongoDatabase database = client.getDatabase("leases");

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    private Lease lease(String holder, Instant now) {
        return new Lease(database, "clock-deadlines", holder, TTL, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void s7_only_one_instance_holds_the_lease_while_its_holder_renews_it() {
        assertThat(lease("a", T0).acquire()).isTrue();
        assertThat(lease("b", T0.plusSeconds(1)).acquire()).isFalse();
        assertThat(lease("a", T0.plusSeconds(9)).acquire()).isTrue();
        assertThat(lease("b", T0.plusSeconds(15)).acquire()).isFalse();
        assertThat(lease("b", T0.plusSeconds(15)).holder()).isEqualTo("a");
    }

    @Test
    void s7_another_instance_takes_the_lease_once_the_holder_stopped_renewing_it() {
        lease("a", T0).acquire();

        assertThat(lease("b", T0.plus(TTL).plusMillis(1)).acquire()).isTrue();
        assertThat(lease("a", T0.plus(TTL).plusMillis(2)).acquire()).isFalse();
    }

    @Test
    void s7_a_released_lease_is_taken_at_once() {
        lease("a", T0).acquire();
        lease("a", T0.plusSeconds(1)).release();

        assertThat(lease("b", T0.plusSeconds(1)).acquire()).isTrue();
    }
}
