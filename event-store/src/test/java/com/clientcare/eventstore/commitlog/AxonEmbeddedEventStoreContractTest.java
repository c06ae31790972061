package com.clientcare.eventstore.commitlog;

import org.axonframework.eventsourcing.eventstore.EmbeddedEventStoreTest;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.utils.EventStoreTestUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.util.ArrayList;
import java.util.List;

/**
 * Axon's reusable suite for the event store that the applications run (the {@code EmbeddedEventStore}: tailing
 * readers, caching, snapshots, units of work), on our engine. Each case gets a fresh store; they are closed after
 * the suite, since the event store of a case is shut down after any cleanup of this class would run.
 */
class AxonEmbeddedEventStoreContractTest extends EmbeddedEventStoreTest {

    private static final List<TestStore> STORES = new ArrayList<>();

    @Override
    public EventStorageEngine createStorageEngine() {
        TestStore store = new TestStore();
        STORES.add(store);
        return store.engine();
    }

    /**
     * Some cases give a reader 100 ms: the first use of a MongoDB client and of the engine's classes in a JVM takes
     * longer than that on a busy machine, so they are used once before the suite.
     */
    @BeforeAll
    static void warmUp() {
        try (TestStore store = new TestStore()) {
            CommitLogStorageEngine engine = store.engine();
            engine.appendEvents(EventStoreTestUtils.createEvent());
            engine.readEvents(null, false).forEach(event -> { });
            engine.readEvents(EventStoreTestUtils.AGGREGATE).asStream().forEach(event -> { });
        }
    }

    @AfterAll
    static void closeStores() {
        STORES.forEach(TestStore::close);
    }
}
