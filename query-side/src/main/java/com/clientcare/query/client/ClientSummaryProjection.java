package com.clientcare.query.client;

import com.clientcare.query.infra.DocumentCollection;
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

/** The client summary read model: collection {@code client_summaries}, one document per client. */
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
        var contact = event.contact();
        summaries.put(event.clientId(), new ClientSummary(event.clientId(), event.name(), event.kind(), event.tier(),
                event.engagementLevel(), event.accountManager(), event.annualRevenue(),
                contact == null ? null : contact.email(), contact == null ? null : contact.phone(),
                contact == null ? null : contact.postalAddress(),
                event.preferredChannels(), event.marketingConsent(), event.registeredAt()));
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
