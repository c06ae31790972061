package com.clientcare.query.audit;

import com.clientcare.eventstore.EventMetadata;
import com.clientcare.query.infra.KeyIndex;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

/**
 * Which events each correlation id marks (collection {@code correlations_keys}): the global indexes of everything
 * one request caused, across aggregates, so an auditor's correlation reads those events by position instead of
 * scanning the log (#16). One list per correlation id, in one bucket (a request causes a handful of events).
 */
@Component
@ProcessingGroup(CorrelationIndex.NAME)
public class CorrelationIndex {

    public static final String NAME = "correlations";
    private static final String BUCKET = "events";

    private final PositionLists positions;

    public CorrelationIndex(MongoDatabase database) {
        this.positions = new PositionLists(new KeyIndex(database, NAME), NAME, position -> BUCKET);
    }

    @EventHandler
    void on(Object event, EventMessage<?> message, TrackingToken token) {
        Object correlationId = message.getMetaData().get(EventMetadata.CORRELATION_ID);
        if (correlationId != null && token.position().isPresent()) {
            positions.add(correlationId.toString(), token.position().getAsLong());
        }
    }

    @ResetHandler
    void reset() {
        positions.clear();
    }

    PositionLists positions() {
        return positions;
    }
}
