package com.clientcare.eventstore.commitlog;

import org.axonframework.eventsourcing.eventstore.EventStorageEngineTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Axon's own reusable test of what any EventStorageEngine must do, run against ours. */
class AxonStorageEngineContractTest extends EventStorageEngineTest {

    private TestStore store;

    @BeforeEach
    void setUp() {
        store = new TestStore();
        setTestSubject(store.engine());
    }

    @AfterEach
    void closeStore() {
        store.close();
    }
}
