package com.clientcare.query.audit;

import com.clientcare.eventstore.EventMetadata;
import com.clientcare.query.infra.KeyIndex;
import com.clientcare.query.infra.ZeroPadded;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The global indexes of the log's events by event type, by user and by aggregate (collection
 * {@code audit_filters_keys}), so an auditor's filter on any of them reads the events at those positions instead of
 * scanning the log for a rare one (#16). A processor of its own, not the {@code correlations} one: a new processor
 * starts from the tail of the log, so on a store that already has a caught-up {@code correlations} token these lists
 * are still built for every past event. A list's buckets are blocks of {@value #BLOCK} positions, so a page reads a
 * bucket of at most that many entries and a type found in every event still has a directory of one count per block.
 */
@Component
@ProcessingGroup(AuditFilterIndex.NAME)
public class AuditFilterIndex {

    public static final String NAME = "audit-filters";
    static final int BLOCK = 1000;

    private final PositionLists positions;

    public AuditFilterIndex(MongoDatabase database) {
        this.positions = new PositionLists(new KeyIndex(database, "audit_filters"), NAME,
                position -> ZeroPadded.of(position / BLOCK, 12));
    }

    @EventHandler
    void on(Object event, EventMessage<?> message, TrackingToken token) {
        if (token.position().isEmpty()) {
            return;
        }
        long position = token.position().getAsLong();
        Object user = message.getMetaData().get(EventMetadata.USER);
        String aggregateId = message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
        lists(message.getPayloadType().getSimpleName(), user == null ? null : user.toString(), aggregateId)
                .forEach(list -> positions.add(list, position));
    }

    @ResetHandler
    void reset() {
        positions.clear();
    }

    PositionLists positions() {
        return positions;
    }

    /** The lists an event is in, or that a filter's criteria name: one per criterion given. */
    static List<String> lists(String type, String user, String aggregateId) {
        List<String> lists = new ArrayList<>();
        if (type != null) {
            lists.add("type:" + type);
        }
        if (user != null) {
            lists.add("user:" + user);
        }
        if (aggregateId != null) {
            lists.add("aggregate:" + aggregateId);
        }
        return lists;
    }
}
