package com.clientcare.query.version;

import com.clientcare.query.infra.DocumentCollection;
import com.clientcare.shared.client.ClientEvent;
import com.clientcare.shared.common.FindAggregateVersionQuery;
import com.clientcare.shared.complaint.ComplaintEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.queryhandling.QueryHandler;
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

    /** The version of one client or complaint, stored under its id. */
    record Version(long version) {
    }

    private final DocumentCollection<Version> versions;

    public AggregateVersions(MongoDatabase database, ObjectMapper mapper) {
        this.versions = new DocumentCollection<>(database, "aggregate_versions", Version.class, mapper);
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
        versions.clear();
    }

    @QueryHandler
    public Optional<Long> handle(FindAggregateVersionQuery query) {
        return of(query.aggregateId());
    }

    public Optional<Long> of(String aggregateId) {
        return versions.get(aggregateId).map(Version::version);
    }

    /** Read and written through the processor's batch: one write per aggregate a batch touches. */
    private void seen(DomainEventMessage<?> message) {
        String id = message.getAggregateIdentifier();
        if (of(id).orElse(-1L) < message.getSequenceNumber()) {
            versions.put(id, new Version(message.getSequenceNumber()));
        }
    }
}
