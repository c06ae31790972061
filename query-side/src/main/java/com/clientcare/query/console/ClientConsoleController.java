package com.clientcare.query.console;

import com.clientcare.query.audit.AuditEvent;
import com.clientcare.query.audit.AuditLog;
import com.clientcare.query.client.ClientSummary;
import com.clientcare.query.client.InteractionPage;
import com.clientcare.query.client.PurchaseHistory;
import com.clientcare.shared.client.FindClientInteractionsQuery;
import com.clientcare.shared.client.FindClientQuery;
import com.clientcare.shared.client.FindPurchaseHistoryQuery;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A client for analysts: the summary, interactions and purchases from their projections (paged as the API pages
 * them), and the facts no projection lists (tier changes, feedback, recommendations, agreements) from the client's
 * own history, an exact-key read of one aggregate.
 */
@Controller
public class ClientConsoleController {

    private static final Set<String> FACTS = Set.of("TierChangedEvent", "FeedbackReceivedEvent",
            "RecommendationMadeEvent", "AgreementSignedEvent");

    private final QueryGateway queries;
    private final AuditLog log;

    public ClientConsoleController(QueryGateway queries, AuditLog log) {
        this.queries = queries;
        this.log = log;
    }

    @GetMapping("/console/clients/{id}")
    public String client(@PathVariable String id, @RequestParam(defaultValue = "0") int page,
                         @RequestParam(defaultValue = "25") int size, Model model) {
        ClientSummary client = queries.query(new FindClientQuery(id), ResponseTypes.optionalInstanceOf(ClientSummary.class))
                .join().orElseThrow(() -> new ConsoleNotFound("client", id));
        ConsolePaging paging = ConsolePaging.of(page, size);
        InteractionPage interactions = queries.query(new FindClientInteractionsQuery(id, null, null, null, null,
                paging.page(), paging.size()), ResponseTypes.instanceOf(InteractionPage.class)).join();
        PurchaseHistory purchases = queries.query(new FindPurchaseHistoryQuery(id, 0, paging.size()),
                ResponseTypes.instanceOf(PurchaseHistory.class)).join();
        Map<String, List<AuditEvent>> facts = log.history(id).stream().filter(event -> FACTS.contains(event.type()))
                .collect(Collectors.groupingBy(AuditEvent::type));
        model.addAttribute("client", client);
        model.addAttribute("interactions", interactions.interactions());
        model.addAttribute("paging", paging.of(interactions.total()));
        model.addAttribute("purchases", purchases);
        model.addAttribute("tierChanges", facts.getOrDefault("TierChangedEvent", List.of()));
        model.addAttribute("feedback", facts.getOrDefault("FeedbackReceivedEvent", List.of()));
        model.addAttribute("recommendations", facts.getOrDefault("RecommendationMadeEvent", List.of()));
        model.addAttribute("agreements", facts.getOrDefault("AgreementSignedEvent", List.of()));
        return "console/client";
    }
}
