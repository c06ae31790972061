package com.clientcare.query.client;

import com.clientcare.query.infra.DocumentCollection;
import com.clientcare.query.infra.KeyIndex;
import com.clientcare.query.infra.KeyIndex.Bucketing;
import com.clientcare.query.infra.KeyIndex.Placement;
import com.clientcare.query.infra.KeyIndex.Selection;
import com.clientcare.query.infra.Paged;
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

import java.util.List;
import java.util.Map;

/**
 * The interaction history read model (C5): collection {@code client_interactions}, one document per interaction;
 * each client's history, oldest first with its channel and purpose, in {@code client_interactions_keys}.
 */
@Component
@ProcessingGroup(ClientInteractionsProjection.NAME)
public class ClientInteractionsProjection {

    public static final String NAME = "client-interactions";
    private static final int CHANNEL = 0;
    private static final int PURPOSE = 1;

    private final DocumentCollection<InteractionView> interactions;
    private final KeyIndex histories;

    public ClientInteractionsProjection(MongoDatabase database, ObjectMapper mapper) {
        this.interactions = new DocumentCollection<>(database, "client_interactions", InteractionView.class, mapper)
                .indexedBy("clientId");
        this.histories = new KeyIndex(database, "client_interactions");
    }

    @EventHandler
    void on(InteractionRecordedEvent event) {
        interactions.put(event.interactionId(), new InteractionView(event.interactionId(), event.clientId(),
                event.channel(), event.direction(), event.purpose(), event.inReplyTo(), event.handledBy(),
                event.summary(), event.occurredAt()));
        histories.add(new Placement(history(event.clientId()), Bucketing.MONTH, event.occurredAt(),
                event.interactionId(), List.of(event.channel().name(), event.purpose().name())));
    }

    /** C8: what the client said is personal; who handled it, when and how stays. */
    @EventHandler
    void on(PersonalDataErasedEvent event) {
        List<String> ids = histories.ids(history(event.clientId()), Bucketing.MONTH);
        interactions.setWhere(Filters.and(Filters.in("_id", ids), Filters.ne("summary", null)),
                Map.of("summary", ClientSummary.ERASED));
    }

    @ResetHandler
    void reset() {
        interactions.clear();
        histories.clear();
    }

    /** Oldest first, by when the interaction happened; filtered, then paged. */
    @QueryHandler
    public InteractionPage handle(FindClientInteractionsQuery query) {
        Selection selection = Selection.oldestFirst().between(query.from(), query.to());
        if (query.channel() != null) {
            selection = selection.where(entry -> query.channel().name().equals(entry.tag(CHANNEL)));
        }
        if (query.purpose() != null) {
            selection = selection.where(entry -> query.purpose().name().equals(entry.tag(PURPOSE)));
        }
        KeyIndex.Slice slice = histories.page(history(query.clientId()), Bucketing.MONTH, selection,
                Paged.offset(query.page(), query.size()), query.size());
        return new InteractionPage(interactions.getAll(slice.ids()), slice.total());
    }

    private static String history(String clientId) {
        return "client:" + clientId;
    }
}
