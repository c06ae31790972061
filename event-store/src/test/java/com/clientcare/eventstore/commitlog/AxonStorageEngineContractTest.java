package com.clientcare.eventstore.commitlog;

import org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngineTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.util.function.UnaryOperator;

/**
 * Axon's reusable suite for storage engines (the cases of {@code EventStorageEngineTest} and the stricter ones of
 * {@code AbstractEventStorageEngineTest}: duplicate keys, the exception resolver, upcasting, snapshot filters), run
 * against ours with nothing overridden.
 */
class AxonStorageEngineContractTest
        extends AbstractEventStorageEngineTest<CommitLogStorageEngine, CommitLogStorageEngine.Builder> {

    private TestStore store;

    @BeforeEach
    void setUp() {
        store = new TestStore();
        setTestSubject(createEngine());
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Override
    protected CommitLogStorageEngine createEngine(UnaryOperator<CommitLogStorageEngine.Builder> customization) {
        return store.engine(customization);
    }
}
