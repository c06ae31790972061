package com.clientcare.query.client;

import com.clientcare.query.infra.NotFound;
import com.clientcare.query.infra.Paged;
import com.clientcare.query.version.Versions;
import com.clientcare.shared.client.FindClientInteractionsQuery;
import com.clientcare.shared.client.FindClientQuery;
import com.clientcare.shared.client.FindClientsQuery;
import com.clientcare.shared.client.FindPurchaseHistoryQuery;
import com.clientcare.shared.client.InteractionPurpose;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.common.Channel;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/**
 * Client read models over HTTP (API.md, query side). Lists are paged: {@code page} from 0, {@code size} 1 to
 * 1,000 (default 100), the total before paging in X-Total-Count.
 */
@RestController
@RequestMapping("/api/clients")
public class ClientQueryController {

    private final QueryGateway queries;

    public ClientQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    /** With the client's version as the ETag: send it back as If-Match to change the client only if unchanged. */
    @GetMapping("/{clientId}")
    public ResponseEntity<ClientSummary> client(@PathVariable String clientId) {
        ClientSummary client = queries.query(new FindClientQuery(clientId),
                        ResponseTypes.optionalInstanceOf(ClientSummary.class))
                .join()
                .orElseThrow(() -> new NotFound("client", clientId));
        return Versions.tagged(queries, clientId, client);
    }

    /** Oldest registration first. */
    @GetMapping
    public ResponseEntity<List<ClientSummary>> clients(
            @RequestParam(required = false) Tier tier,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(Paged.MAX_SIZE) int size) {
        ClientPage found = queries.query(new FindClientsQuery(tier, page, size),
                ResponseTypes.instanceOf(ClientPage.class)).join();
        return Paged.ok(found.clients(), found.total());
    }

    /** Oldest first; {@code from} inclusive, {@code to} exclusive. */
    @GetMapping("/{clientId}/interactions")
    public ResponseEntity<List<InteractionView>> interactions(
            @PathVariable String clientId,
            @RequestParam(required = false) Channel channel,
            @RequestParam(required = false) InteractionPurpose purpose,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(Paged.MAX_SIZE) int size) {
        client(clientId);
        InteractionPage found = queries.query(
                new FindClientInteractionsQuery(clientId, channel, purpose, from, to, page, size),
                ResponseTypes.instanceOf(InteractionPage.class)).join();
        return Paged.ok(found.interactions(), found.total());
    }

    /** A page of the purchases, oldest first; the totals per currency cover all of them. */
    @GetMapping("/{clientId}/transactions")
    public ResponseEntity<PurchaseHistory> transactions(
            @PathVariable String clientId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(Paged.MAX_SIZE) int size) {
        client(clientId);
        PurchaseHistory found = queries.query(new FindPurchaseHistoryQuery(clientId, page, size),
                ResponseTypes.instanceOf(PurchaseHistory.class)).join();
        return Paged.ok(found, found.total());
    }
}
