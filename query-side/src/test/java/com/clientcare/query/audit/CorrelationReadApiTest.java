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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An auditor's correlation (#16): everything one request caused, read by the positions the correlation index keeps
 * instead of a scan of the log, and still complete while the index trails the log.
 */
@WithMockUser(username = "auditor", roles = "AUDITOR")
class CorrelationReadApiTest extends InMemoryStoreApiTest {

    /** A fact no projection but the index handles, so the test's events disturb no other read model. */
    record NoteTakenEvent(String note) {
    }

    @Autowired
    EventStore events;

    @Autowired
    EventStorageEngine storage;

    @Autowired
    TokenClaims claims;

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void a_correlation_lists_what_one_request_caused_across_aggregates_in_the_logs_order() throws Exception {
        String correlation = "corr-" + UUID.randomUUID();
        String first = "cr-" + UUID.randomUUID();
        String second = "cr-" + UUID.randomUUID();
        append(first, 0, correlation, "one");
        append(second, 0, "corr-" + UUID.randomUUID(), "someone else's");
        append(second, 1, correlation, "two");
        append(first, 1, correlation, "three");
        awaitIndexed();

        http.perform(get("/api/audit/correlations/" + correlation))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].aggregateId").value(contains(first, second, first)))
                .andExpect(jsonPath("$[*].payload.note").value(contains("one", "two", "three")));
    }

    @Test
    void events_the_index_has_not_seen_yet_are_read_from_the_log_after_where_it_stands() throws Exception {
        String correlation = "corr-" + UUID.randomUUID();
        String aggregate = "cr-" + UUID.randomUUID();
        append(aggregate, 0, correlation, "indexed");
        awaitIndexed();
        StreamingEventProcessor index = processing.eventProcessor(CorrelationIndex.NAME, StreamingEventProcessor.class)
                .orElseThrow();
        index.shutDown();
        try {
            append(aggregate, 1, correlation, "not indexed yet");

            http.perform(get("/api/audit/correlations/" + correlation))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[*].payload.note").value(contains("indexed", "not indexed yet")));
        } finally {
            index.start();
        }
    }

    private void append(String aggregate, long sequence, String correlation, String note) {
        events.publish(new GenericDomainEventMessage<>("Note", aggregate, sequence, new NoteTakenEvent(note),
                MetaData.from(Map.of(EventMetadata.USER, "auditor-test", EventMetadata.CORRELATION_ID, correlation))));
    }

    private void awaitIndexed() {
        long head = storage.createHeadToken().position().orElseThrow();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (claims.position(CorrelationIndex.NAME).orElse(-1) < head) {
            assertThat(Instant.now()).as("the correlation index reached %d", head).isBefore(deadline);
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }
}
