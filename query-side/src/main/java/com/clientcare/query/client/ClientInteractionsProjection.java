package com.clientcare.query.client;

import com.clientcare.query.infra.DocumentCollection;
import com.clientcare.shared.client.FindClientInteractionsQuery;
import com.clientcare.shared.client.InteractionRecordedEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;

/** The interaction history read model (C5): collection {@code client_interactions}, one document per interaction. */
@Component
@ProcessingGroup(ClientInteractionsProjection.NAME)
public class ClientInteractionsProjection {

    public static final String NAME = "client-interactions";

    private final DocumentCollection<InteractionView> interactions;

    public ClientInteractionsProjection(MongoDatabase database, ObjectMapper mapper) {
        this.interactions = new DocumentCollection<>(database, "client_interactions", InteractionView.class, mapper);
    }

    @EventHandler
    void on(InteractionRecordedEvent event) {
        interactions.put(event.interactionId(), new InteractionView(event.interactionId(), event.clientId(),
                event.channel(), event.direction(), event.purpose(), event.inReplyTo(), event.handledBy(),
                event.summary(), event.occurredAt()));
    }

    @ResetHandler
    void reset() {
        interactions.clear();
    }

    /** Oldest first, by when the interaction happened. */
    @QueryHandler
    public List<InteractionView> handle(FindClientInteractionsQuery query) {
        return interactions.find(Filters.eq("clientId", query.clientId())).stream()
                .sorted(Comparator.comparing(InteractionView::occurredAt).thenComparing(InteractionView::id))
                .toList();
    }
}
