package com.clientcare.query.audit;

import com.clientcare.eventstore.EventMetadata;
import com.clientcare.query.infra.KeyIndex;
import com.clientcare.query.infra.KeyIndex.Placement;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * Which events each correlation id marks (collection {@code correlations_keys}): the global indexes of everything
 * one request caused, across aggregates, so an auditor's correlation reads those events by position instead of
 * scanning the log (#16). One list per correlation id, ordered by global index (kept as the entries' sort time, in
 * seconds, so the order of the list is the order of the log).
 */
@Component
@ProcessingGroup(CorrelationIndex.NAME)
public class CorrelationIndex {

    public static final String NAME = "correlations";
    private static final String BUCKET = "events";

    private final KeyIndex lists;

    public CorrelationIndex(MongoDatabase database) {
        this.lists = new KeyIndex(database, NAME);
    }

    @EventHandler
    void on(Object event, EventMessage<?> message, TrackingToken token) {
        Object correlationId = message.getMetaData().get(EventMetadata.CORRELATION_ID);
        if (correlationId != null && token.position().isPresent()) {
            long position = token.position().getAsLong();
            lists.add(new Placement(correlationId.toString(), BUCKET, Instant.ofEpochSecond(position),
                    Long.toString(position), List.of()));
        }
    }

    @ResetHandler
    void reset() {
        lists.clear();
    }

    /** The global indexes of the events this index has seen with the correlation id, in the log's order. */
    public List<Long> positionsOf(String correlationId) {
        return lists.entries(correlationId, List.of(BUCKET)).stream().map(entry -> entry.at().getEpochSecond())
                .toList();
    }
}
