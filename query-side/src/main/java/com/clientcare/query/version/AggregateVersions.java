package com.clientcare.query.version;

import com.clientcare.shared.client.ClientEvent;
import com.clientcare.shared.common.FindAggregateVersionQuery;
import com.clientcare.shared.complaint.ComplaintEvent;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The version of each client and complaint as the query side has seen it (collection {@code aggregate_versions}):
 * the sequence number of its last event, which the command side checks an {@code If-Match} against. Served as
 * the {@code ETag} of a client and a complaint. Per aggregate, so split into segments like the others; a replay
 * leaves the same numbers (the highest seen wins).
 */
@Component
@ProcessingGroup(AggregateVersions.NAME)
public class AggregateVersions {

    public static final String NAME = "aggregate-versions";

    private final MongoCollection<Document> versions;

    public AggregateVersions(MongoDatabase database) {
        this.versions = database.getCollection("aggregate_versions");
    }

    @EventHandler
    void on(ClientEvent event, DomainEventMessage<?> message) {
        seen(message);
    }

    @EventHandler
    void on(ComplaintEvent event, DomainEventMessage<?> message) {
        seen(message);
    }

    @ResetHandler
    void reset() {
        versions.deleteMany(new Document());
    }

    @QueryHandler
    public Optional<Long> handle(FindAggregateVersionQuery query) {
        return of(query.aggregateId());
    }

    public Optional<Long> of(String aggregateId) {
        return Optional.ofNullable(versions.find(Filters.eq("_id", aggregateId)).first())
                .map(document -> document.getLong("version"));
    }

    private void seen(DomainEventMessage<?> message) {
        versions.updateOne(Filters.eq("_id", message.getAggregateIdentifier()),
                Updates.max("version", message.getSequenceNumber()), new UpdateOptions().upsert(true));
    }
}
