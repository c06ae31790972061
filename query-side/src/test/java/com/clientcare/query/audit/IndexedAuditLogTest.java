package com.clientcare.query.audit;

import com.clientcare.eventstore.EventMetadata;
import com.clientcare.query.cluster.TokenClaims;
import com.clientcare.query.infra.InMemoryStoreApiTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log over HTTP with events appended straight to the store, and the indexes its reads use (#16):
 * {@code correlations} and {@code audit-filters}, awaited until they stand at the head of the log or stopped to
 * show a read that is complete while they trail.
 */
@WithMockUser(username = "auditor", roles = "AUDITOR")
abstract class IndexedAuditLogTest extends InMemoryStoreApiTest {

    @Autowired
    EventStore events;

    @Autowired
    EventStorageEngine storage;

    @Autowired
    TokenClaims claims;

    @Autowired
    EventProcessingConfiguration processing;

    void append(String aggregate, long sequence, String user, String correlation, Object payload) {
        events.publish(new GenericDomainEventMessage<>("Note", aggregate, sequence, payload,
                MetaData.from(Map.of(EventMetadata.USER, user, EventMetadata.CORRELATION_ID, correlation))));
    }

    /** Runs {@code whileStopped} with the index's processor stopped, then starts it again. */
    void withIndexStopped(String index, ThrowingRunnable whileStopped) throws Exception {
        StreamingEventProcessor processor = processing.eventProcessor(index, StreamingEventProcessor.class)
                .orElseThrow();
        processor.shutDown();
        try {
            whileStopped.run();
        } finally {
            processor.start();
        }
    }

    void awaitIndexed() {
        long head = storage.createHeadToken().position().orElseThrow();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (claims.position(CorrelationIndex.NAME).orElse(-1) < head
                || claims.position(AuditFilterIndex.NAME).orElse(-1) < head) {
            assertThat(Instant.now()).as("the indexes reached %d", head).isBefore(deadline);
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
