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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #16: a replay writes its read models in bulk (ReadModelBatch); what it writes must equal, document by document,
 * what the live projections write event by event, for every projection, the per-period counts and key lists
 * included, with a flush falling anywhere in the history.
 */
class BatchedReplayTest {

    private final InMemoryMongo mongo = new InMemoryMongo();
    private final List<EventMessage<?>> history = new ArrayList<>(ReadModelScaleBenchmark.history(60));

    BatchedReplayTest() {
        history.add(GenericEventMessage.asEventMessage(
                new PersonalDataErasedEvent("c-3", "request", Instant.parse("2026-01-01T00:00:00Z"))));
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void a_replay_written_in_bulk_equals_the_read_models_written_event_by_event() throws Exception {
        MongoDatabase live = liveReadModels();
        MongoDatabase rebuilt = mongo.database("rebuilt");

        // as a replay does: the rebuilt database empty at first and written by its batches only
        KeysWritten written = new KeysWritten();
        for (Object projection : ReadModelScaleBenchmark.projections(rebuilt).values()) {
            handle(history, projection, 37, written);
        }

        ReadModelComparison comparison = ReadModelComparison.of(live, rebuilt);
        assertThat(comparison.differences()).isEmpty();
        assertThat(comparison.compared()).isGreaterThan(history.size());
    }

    @Test
    void replays_read_together_in_one_batch_each_into_its_own_database_equal_the_live_read_models() throws Exception {
        MongoDatabase live = liveReadModels();
        // as ProjectionReplays reads a group: one batch and one record of what was written, a database per projection
        Map<String, MongoDatabase> rebuilt = new LinkedHashMap<>();
        List<AnnotationEventHandlerAdapter> handlers = new ArrayList<>();
        ReadModelScaleBenchmark.projections(live).keySet().forEach(name -> {
            MongoDatabase database = mongo.database("rebuilt_" + name.replace('-', '_'));
            Object projection = ReadModelScaleBenchmark.projections(database).get(name);
            database.drop(); // the others' collections, made as they were built: each database holds one projection's
            rebuilt.put(name, database);
            handlers.add(new AnnotationEventHandlerAdapter(projection));
        });
        try (ReadModelBatch batch = ReadModelBatch.open(new KeysWritten())) {
            for (int i = 0; i < history.size(); i++) {
                for (AnnotationEventHandlerAdapter handler : handlers) {
                    if (handler.canHandle(history.get(i))) {
                        handler.handle(history.get(i));
                    }
                }
                if ((i + 1) % 37 == 0) {
                    batch.flush();
                }
            }
        }

        int compared = 0;
        for (Map.Entry<String, MongoDatabase> database : rebuilt.entrySet()) {
            ReadModelComparison comparison = ReadModelComparison.of(live, database.getValue());
            assertThat(comparison.differences()).as(database.getKey()).isEmpty();
            compared += comparison.compared();
        }
        assertThat(compared).isGreaterThan(history.size());
    }

    /** The history's read models written event by event, as the live processors write them. */
    private MongoDatabase liveReadModels() throws Exception {
        MongoDatabase live = mongo.database("live");
        for (Object projection : ReadModelScaleBenchmark.projections(live).values()) {
            handle(history, projection, 0, null);
        }
        return live;
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
