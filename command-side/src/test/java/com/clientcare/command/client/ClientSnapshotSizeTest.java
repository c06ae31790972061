package com.clientcare.command.client;

import com.clientcare.eventstore.EventStoreConfiguration;
import com.clientcare.eventstore.MongoConnectionProperties;
import com.clientcare.eventstore.commitlog.CommitLogStorageEngine;
import com.clientcare.eventstore.personaldata.SubjectKeys;
import com.clientcare.shared.client.ClientKind;
import com.clientcare.shared.client.ClientRegisteredEvent;
import com.clientcare.shared.client.ContactDetails;
import com.clientcare.shared.client.Direction;
import com.clientcare.shared.client.InteractionPurpose;
import com.clientcare.shared.client.InteractionRecordedEvent;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.common.Channel;
import com.clientcare.shared.common.Money;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client's snapshot keeps prints of its facts, not the facts (#16): stored as the applications store it (the
 * storage engine, its snapshot serializer sealing the snapshot under the client's key, its snapshot filter).
 */
class ClientSnapshotSizeTest {

    private static final String CLIENT = "heavy-client";
    private static final Instant REGISTERED_AT = Instant.parse("2024-01-02T09:00:00Z");
    /** What one fact may add to a sealed snapshot: its print, Base64 in the JSON and again once sealed. */
    private static final int SNAPSHOT_BYTES_PER_FACT = FactPrints.BYTES * 4 / 3 * 4 / 3 + 4;

    private MongoServer server;
    private MongoClient mongo;
    private MongoDatabase database;
    private CommitLogStorageEngine engine;
    private EmbeddedEventStore eventStore;
    private AggregateSnapshotter snapshotter;

    @BeforeEach
    void setUp() {
        server = new MongoServer(new MemoryBackend());
        String uri = "mongodb://localhost:" + server.bind().getPort();
        mongo = MongoClients.create(uri);
        database = mongo.getDatabase("clientcare");
        EventStoreConfiguration configuration = new EventStoreConfiguration();
        StaticListableBeanFactory none = new StaticListableBeanFactory();
        engine = configuration.eventStorageEngine(database, configuration.serializer(
                        new SubjectKeys(database, Clock.systemUTC(), Duration.ofSeconds(30))),
                none.getBeanProvider(EventUpcaster.class), none.getBeanProvider(MeterRegistry.class),
                new MongoConnectionProperties(uri, null, false, 0, null, null, false, null));
        eventStore = EmbeddedEventStore.builder().storageEngine(engine).build();
        snapshotter = ClientSnapshotter.over(eventStore);
    }

    @AfterEach
    void tearDown() {
        eventStore.shutDown();
        mongo.close();
        server.shutdownNow();
    }

    @Test
    void c5_a_snapshot_grows_by_a_print_per_interaction_not_by_the_interaction() {
        long afterHundred = snapshotBytesAfter(100);
        long afterTenThousand = snapshotBytesAfter(10_000);

        System.out.printf("sealed Client snapshot: %,d bytes after 100 interactions, %,d after 10,000%n",
                afterHundred, afterTenThousand);
        assertThat(afterTenThousand - afterHundred).isLessThan(9_900L * SNAPSHOT_BYTES_PER_FACT);
    }

    @Test
    void a_snapshot_of_the_revision_before_prints_is_passed_over_and_the_client_rebuilt_from_its_events() {
        snapshotBytesAfter(10);
        database.getCollection("snapshots").updateOne(Filters.eq("_id", CLIENT),
                Updates.set("event.payloadRevision", "2"));

        List<? extends DomainEventMessage<?>> loaded = eventStore.readEvents(CLIENT).asStream().toList();

        assertThat(loaded.get(0).getPayload()).isInstanceOf(ClientRegisteredEvent.class);
        assertThat(loaded).hasSize(11);
    }

    /** Records interactions up to {@code total} (after those recorded already), snapshots, and weighs the snapshot. */
    private long snapshotBytesAfter(int total) {
        long next = eventStore.lastSequenceNumberFor(CLIENT).map(last -> last + 1).orElse(0L);
        List<DomainEventMessage<?>> batch = new ArrayList<>();
        if (next == 0) {
            batch.add(message(0, new ClientRegisteredEvent(CLIENT, "Heavy Client Ltd", ClientKind.ORGANISATION,
                    new ContactDetails("ops@heavy.example", "+44 20 7946 0001", "2 High St"),
                    Money.of("2000000", "USD"), Tier.PLATINUM, Tier.PLATINUM.engagementLevel(), "alice",
                    List.of(Channel.EMAIL), Map.of(Channel.EMAIL, true), REGISTERED_AT)));
            next = 1;
        }
        for (long sequence = next; sequence <= total; sequence++) {
            batch.add(message(sequence, new InteractionRecordedEvent(CLIENT, "interaction-" + sequence, Channel.EMAIL,
                    Direction.INBOUND, InteractionPurpose.ENQUIRY, sequence > 1 ? "interaction-" + (sequence - 1) : null,
                    "alice", "a question about the portfolio, number " + sequence,
                    REGISTERED_AT.plusSeconds(60 * sequence), Tier.PLATINUM)));
            if (batch.size() == 500) {
                engine.appendEvents(batch);
                batch.clear();
            }
        }
        engine.appendEvents(batch);
        snapshotter.scheduleSnapshot(Client.class, CLIENT);
        Document snapshot = database.getCollection("snapshots").find(Filters.eq("_id", CLIENT)).first();
        assertThat(snapshot).isNotNull();
        assertThat(snapshot.getLong("sequence")).isEqualTo(total);
        return snapshot.get("event", Document.class).toJson().getBytes(StandardCharsets.UTF_8).length;
    }

    private static DomainEventMessage<?> message(long sequence, Object payload) {
        return new GenericDomainEventMessage<>("Client", CLIENT, sequence, payload);
    }
}
