package com.clientcare.query.client;

import com.clientcare.query.infra.DocumentCollection;
import com.clientcare.shared.client.ClientEvent;
import com.clientcare.shared.client.ClientRegisteredEvent;
import com.clientcare.shared.client.FindClientQuery;
import com.clientcare.shared.client.FindClientsQuery;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The client summary read model: collection {@code client_summaries}, one document per client, kept by the same
 * fold auditors use for a state as of an instant. Replaying an event leaves the same document.
 */
@Component
@ProcessingGroup(ClientSummaryProjection.NAME)
public class ClientSummaryProjection {

    public static final String NAME = "client-summary";

    private final DocumentCollection<ClientSummary> summaries;

    public ClientSummaryProjection(MongoDatabase database, ObjectMapper mapper) {
        this.summaries = new DocumentCollection<>(database, "client_summaries", ClientSummary.class, mapper);
    }

    @EventHandler
    void on(ClientRegisteredEvent event) {
        summaries.put(event.clientId(), ClientSummary.registered(event));
    }

    /** Every later event of a client updates its summary the way an as-of fold does (see ClientSummary). */
    @EventHandler
    void on(ClientEvent event) {
        summaries.get(event.clientId()).ifPresent(summary -> summaries.put(event.clientId(), summary.apply(event)));
    }

    @ResetHandler
    void reset() {
        summaries.clear();
    }

    @QueryHandler
    public Optional<ClientSummary> handle(FindClientQuery query) {
        return summaries.get(query.clientId());
    }

    @QueryHandler
    public List<ClientSummary> handle(FindClientsQuery query) {
        var filter = query.tier() == null ? new Document() : Filters.eq("tier", query.tier().name());
        return summaries.find(filter).stream()
                .sorted(Comparator.comparing(ClientSummary::registeredAt).thenComparing(ClientSummary::id))
                .toList();
    }
}
