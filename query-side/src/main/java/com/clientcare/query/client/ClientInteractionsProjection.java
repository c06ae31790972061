package com.clientcare.query.client;

import com.clientcare.query.infra.DocumentCollection;
import com.clientcare.shared.client.FindClientInteractionsQuery;
import com.clientcare.shared.client.InteractionRecordedEvent;
import com.clientcare.shared.client.PersonalDataErasedEvent;
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
import java.util.Map;
import java.util.function.Predicate;

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

    /** C8: what the client said is personal; who handled it, when and how stays. */
    @EventHandler
    void on(PersonalDataErasedEvent event) {
        interactions.setWhere(Filters.and(Filters.eq("clientId", event.clientId()), Filters.ne("summary", null)),
                Map.of("summary", ClientSummary.ERASED));
    }

    @ResetHandler
    void reset() {
        interactions.clear();
    }

    /** Oldest first, by when the interaction happened; filtered, then paged. */
    @QueryHandler
    public InteractionPage handle(FindClientInteractionsQuery query) {
        Predicate<InteractionView> matches = view ->
                (query.channel() == null || view.channel() == query.channel())
                        && (query.purpose() == null || view.purpose() == query.purpose())
                        && (query.from() == null || !view.occurredAt().isBefore(query.from()))
                        && (query.to() == null || view.occurredAt().isBefore(query.to()));
        List<InteractionView> all = interactions.find(Filters.eq("clientId", query.clientId())).stream()
                .filter(matches)
                .sorted(Comparator.comparing(InteractionView::occurredAt).thenComparing(InteractionView::id))
                .toList();
        return new InteractionPage(all.stream()
                .skip((long) query.page() * query.size())
                .limit(query.size())
                .toList(), all.size());
    }
}
