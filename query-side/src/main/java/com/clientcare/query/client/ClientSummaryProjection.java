package com.clientcare.query.client;

import com.clientcare.query.infra.DocumentCollection;
import com.clientcare.query.infra.KeyIndex;
import com.clientcare.query.infra.KeyIndex.Bucketing;
import com.clientcare.query.infra.KeyIndex.Placement;
import com.clientcare.query.infra.KeyIndex.Selection;
import com.clientcare.query.infra.Paged;
import com.clientcare.shared.client.ClientEvent;
import com.clientcare.shared.client.ClientRegisteredEvent;
import com.clientcare.shared.client.FindClientQuery;
import com.clientcare.shared.client.FindClientsQuery;
import com.clientcare.shared.client.Tier;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The client summary read model: collection {@code client_summaries}, one document per client, kept by the same
 * fold auditors use for a state as of an instant. Replaying an event leaves the same document. The list of all
 * clients and one list per tier, oldest registration first, are kept in {@code client_summaries_keys}.
 */
@Component
@ProcessingGroup(ClientSummaryProjection.NAME)
public class ClientSummaryProjection {

    public static final String NAME = "client-summary";
    private static final String ALL = "all";

    private final DocumentCollection<ClientSummary> summaries;
    private final KeyIndex lists;

    public ClientSummaryProjection(MongoDatabase database, ObjectMapper mapper) {
        this.summaries = new DocumentCollection<>(database, "client_summaries", ClientSummary.class, mapper)
                .indexedBy("tier").indexedBy("registeredAt");
        this.lists = new KeyIndex(database, "client_summaries");
    }

    @EventHandler
    void on(ClientRegisteredEvent event) {
        ClientSummary summary = ClientSummary.registered(event);
        // registered again (a batch handled twice): its places are moved from wherever the later events had put it
        List<Placement> before = summaries.get(event.clientId()).map(ClientSummaryProjection::placements)
                .orElse(List.of());
        summaries.put(event.clientId(), summary);
        lists.replace(before, placements(summary));
    }

    /** Every later event of a client updates its summary the way an as-of fold does (see ClientSummary). */
    @EventHandler
    void on(ClientEvent event) {
        summaries.get(event.clientId()).ifPresent(summary -> {
            List<Placement> before = placements(summary);
            ClientSummary after = summary.apply(event);
            summaries.put(event.clientId(), after);
            lists.replace(before, placements(after));
        });
    }

    private static List<Placement> placements(ClientSummary summary) {
        return List.of(placement(ALL, summary), placement(tierList(summary.tier()), summary));
    }

    private static Placement placement(String list, ClientSummary summary) {
        return new Placement(list, Bucketing.DAY, summary.registeredAt(), summary.id(), List.of());
    }

    private static String tierList(Tier tier) {
        return "tier:" + tier;
    }

    @ResetHandler
    void reset() {
        summaries.clear();
        lists.clear();
    }

    @QueryHandler
    public Optional<ClientSummary> handle(FindClientQuery query) {
        return summaries.get(query.clientId());
    }

    @QueryHandler
    public ClientPage handle(FindClientsQuery query) {
        KeyIndex.Slice slice = lists.page(query.tier() == null ? ALL : tierList(query.tier()), Bucketing.DAY,
                Selection.oldestFirst(), Paged.offset(query.page(), query.size()), query.size());
        return new ClientPage(summaries.getAll(slice.ids()), slice.total());
    }
}
