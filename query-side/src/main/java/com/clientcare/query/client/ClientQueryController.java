package com.clientcare.query.client;

import com.clientcare.query.infra.NotFound;
import com.clientcare.shared.client.FindClientInteractionsQuery;
import com.clientcare.shared.client.FindClientQuery;
import com.clientcare.shared.client.FindClientsQuery;
import com.clientcare.shared.client.Tier;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Client read models over HTTP (API.md, query side). */
@RestController
@RequestMapping("/api/clients")
public class ClientQueryController {

    private final QueryGateway queries;

    public ClientQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/{clientId}")
    public ClientSummary client(@PathVariable String clientId) {
        return queries.query(new FindClientQuery(clientId), ResponseTypes.optionalInstanceOf(ClientSummary.class))
                .join()
                .orElseThrow(() -> new NotFound("client", clientId));
    }

    @GetMapping
    public List<ClientSummary> clients(@RequestParam(required = false) Tier tier) {
        return queries.query(new FindClientsQuery(tier), ResponseTypes.multipleInstancesOf(ClientSummary.class)).join();
    }

    @GetMapping("/{clientId}/interactions")
    public List<InteractionView> interactions(@PathVariable String clientId) {
        client(clientId);
        return queries.query(new FindClientInteractionsQuery(clientId),
                ResponseTypes.multipleInstancesOf(InteractionView.class)).join();
    }
}
