package com.clientcare.query.audit;

import com.clientcare.query.ReadModelScaleBenchmark;
import com.clientcare.query.infra.InMemoryMongo;
import com.clientcare.query.infra.KeysWritten;
import com.clientcare.query.infra.ReadModelBatch;
import com.clientcare.shared.client.PersonalDataErasedEvent;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #16: a replay writes its read models in bulk (ReadModelBatch); what it writes must equal, document by document,
 * what the live projections write event by event, for every projection, the per-period counts and key lists
 * included, with a flush falling anywhere in the history.
 */
class BatchedReplayTest {

    private final InMemoryMongo mongo = new InMemoryMongo();

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void a_replay_written_in_bulk_equals_the_read_models_written_event_by_event() throws Exception {
        List<EventMessage<?>> history = new ArrayList<>(ReadModelScaleBenchmark.history(60));
        history.add(GenericEventMessage.asEventMessage(
                new PersonalDataErasedEvent("c-3", "request", Instant.parse("2026-01-01T00:00:00Z"))));
        MongoDatabase live = mongo.database("live");
        MongoDatabase rebuilt = mongo.database("rebuilt");

        for (Object projection : ReadModelScaleBenchmark.projections(live).values()) {
            handle(history, projection, 0, null);
        }
        // as a replay does: the rebuilt database empty at first and written by its batches only
        KeysWritten written = new KeysWritten();
        for (Object projection : ReadModelScaleBenchmark.projections(rebuilt).values()) {
            handle(history, projection, 37, written);
        }

        ReadModelComparison comparison = ReadModelComparison.of(live, rebuilt);
        assertThat(comparison.differences()).isEmpty();
        assertThat(comparison.compared()).isGreaterThan(history.size());
    }

    /** {@code flushEvery} 0: written through, as the live processors do; otherwise in a batch flushed that often. */
    private static void handle(List<EventMessage<?>> history, Object projection, int flushEvery, KeysWritten written)
            throws Exception {
        AnnotationEventHandlerAdapter handler = new AnnotationEventHandlerAdapter(projection);
        ReadModelBatch batch = flushEvery == 0 ? null : ReadModelBatch.open(written);
        try {
            for (int i = 0; i < history.size(); i++) {
                if (handler.canHandle(history.get(i))) {
                    handler.handle(history.get(i));
                }
                if (batch != null && (i + 1) % flushEvery == 0) {
                    batch.flush();
                }
            }
        } finally {
            if (batch != null) {
                batch.close();
            }
        }
    }
}
