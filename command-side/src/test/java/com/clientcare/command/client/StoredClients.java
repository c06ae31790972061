package com.clientcare.command.client;

import com.clientcare.eventstore.EventStoreConfiguration;
import com.clientcare.eventstore.InMemoryBsonBackend;
import com.clientcare.eventstore.MongoConnectionProperties;
import com.clientcare.eventstore.commitlog.CommitLogStorageEngine;
import com.clientcare.eventstore.personaldata.SubjectKeys;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Clients stored as the applications store them (the storage engine, its serializer sealing personal data and
 * snapshots under the client's key, its snapshot filter), on an in-memory MongoDB, for tests of what is stored.
 */
final class StoredClients implements AutoCloseable {

    private static final int BATCH = 500;

    private final MongoServer server = new MongoServer(new InMemoryBsonBackend());
    private final MongoClient mongo;
    final MongoDatabase database;
    final EmbeddedEventStore eventStore;
    private final CommitLogStorageEngine engine;

    StoredClients() {
        String uri = "mongodb://localhost:" + server.bind().getPort();
        mongo = MongoClients.create(uri);
        database = mongo.getDatabase("clientcare");
        EventStoreConfiguration configuration = new EventStoreConfiguration();
        StaticListableBeanFactory none = new StaticListableBeanFactory();
        engine = configuration.eventStorageEngine(database, configuration.serializer(
                        new SubjectKeys(database, Clock.systemUTC(), Duration.ofSeconds(30))),
                none.getBeanProvider(EventUpcaster.class), none.getBeanProvider(MeterRegistry.class),
                new MongoConnectionProperties(uri, null, false, 0, null, null, false, null, false));
        eventStore = EmbeddedEventStore.builder().storageEngine(engine).build();
    }

    /** Appends the events to the client's stream, after those it holds, in commits of up to {@value #BATCH}. */
    void append(String clientId, List<?> events) {
        long next = eventStore.lastSequenceNumberFor(clientId).map(last -> last + 1).orElse(0L);
        List<DomainEventMessage<?>> batch = new ArrayList<>();
        for (Object event : events) {
            batch.add(new GenericDomainEventMessage<>("Client", clientId, next++, event));
            if (batch.size() == BATCH) {
                engine.appendEvents(batch);
                batch.clear();
            }
        }
        engine.appendEvents(batch);
    }

    @Override
    public void close() {
        eventStore.shutDown();
        mongo.close();
        server.shutdownNow();
    }
}
