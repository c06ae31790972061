package com.clientcare.command.client;

import com.clientcare.shared.client.ClientRegisteredEvent;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import static com.clientcare.command.client.ClientHistory.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client's snapshot keeps only the prints of its latest facts, so it does not grow with its history (#16):
 * stored as the applications store it, sealed under the client's key.
 */
class ClientSnapshotSizeTest {

    private static final int SIXTEEN_KB = 16 * 1024;

    private final StoredClients store = new StoredClients();
    private final AggregateSnapshotter snapshotter = ClientSnapshotter.over(store.eventStore);

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void c5_a_sealed_snapshot_after_10000_interactions_is_under_16_kb() {
        long afterThousand = snapshotBytesAfter(1_000);
        long afterTenThousand = snapshotBytesAfter(10_000);

        System.out.printf("sealed Client snapshot: %,d bytes after 1,000 interactions, %,d after 10,000%n",
                afterThousand, afterTenThousand);
        assertThat(afterTenThousand).isLessThan(SIXTEEN_KB);
    }

    @Test
    void a_snapshot_of_the_revision_before_the_window_is_passed_over_and_the_client_rebuilt_from_its_events() {
        snapshotBytesAfter(10);
        store.database.getCollection("snapshots").updateOne(Filters.eq("_id", CLIENT),
                Updates.set("event.payloadRevision", "3"));

        List<? extends DomainEventMessage<?>> loaded = store.eventStore.readEvents(CLIENT).asStream().toList();

        assertThat(loaded.get(0).getPayload()).isInstanceOf(ClientRegisteredEvent.class);
        assertThat(loaded).hasSize(11);
    }

    /** Records enquiries up to {@code total} (after those recorded already), snapshots, and weighs the snapshot. */
    private long snapshotBytesAfter(int total) {
        long recorded = store.eventStore.lastSequenceNumberFor(CLIENT).orElse(-1L);
        store.append(CLIENT, recorded < 0 ? ClientHistory.registeredWithEnquiries(total)
                : IntStream.rangeClosed((int) recorded + 1, total).mapToObj(ClientHistory::enquiry).toList());
        snapshotter.scheduleSnapshot(Client.class, CLIENT);
        Document snapshot = store.database.getCollection("snapshots").find(Filters.eq("_id", CLIENT)).first();
        assertThat(snapshot).isNotNull();
        assertThat(snapshot.getLong("sequence")).isEqualTo(total);
        return snapshot.get("event", Document.class).toJson().getBytes(StandardCharsets.UTF_8).length;
    }
}
