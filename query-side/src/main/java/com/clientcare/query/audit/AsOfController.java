package com.clientcare.query.audit;

import com.clientcare.query.account.AccountView;
import com.clientcare.query.client.ClientSummary;
import com.clientcare.query.infra.NotFound;
import com.clientcare.shared.audit.FindClientAccountAsOfQuery;
import com.clientcare.shared.audit.FindClientAsOfQuery;
import com.clientcare.shared.audit.FindComplaintAsOfQuery;
import com.clientcare.shared.audit.TimeBasis;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Auditors' view of a client, a complaint or a client account (M1) as of any instant (now when not given), by
 * recorded or business time, computed from the event store with the same fold that keeps the live read model.
 */
@RestController
@RequestMapping("/api/audit")
public class AsOfController {

    private final QueryGateway queries;
    private final Clock clock;

    public AsOfController(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/clients/{clientId}")
    public StateAsOf<ClientSummary> client(@PathVariable String clientId,
                                           @RequestParam(required = false) Instant asOf,
                                           @RequestParam(defaultValue = "RECORDED") TimeBasis basis) {
        Instant at = orNow(asOf);
        return found(queries.query(new FindClientAsOfQuery(clientId, at, basis),
                ResponseTypes.optionalInstanceOf(ClientAsOf.class)).join(), "client", clientId, at).client();
    }

    /** The complaint and its service-level clocks (S2, S4, S5 of every cycle) as they stood then. */
    @GetMapping("/complaints/{complaintId}")
    public ComplaintAsOf complaint(@PathVariable String complaintId,
                                   @RequestParam(required = false) Instant asOf,
                                   @RequestParam(defaultValue = "RECORDED") TimeBasis basis) {
        Instant at = orNow(asOf);
        return found(queries.query(new FindComplaintAsOfQuery(complaintId, at, basis),
                ResponseTypes.optionalInstanceOf(ComplaintAsOf.class)).join(), "complaint", complaintId, at);
    }

    /** M1: a client account's balance, terms and movements as they stood then. */
    @GetMapping("/client-accounts/{accountId}")
    public StateAsOf<AccountView> clientAccount(@PathVariable String accountId,
                                                @RequestParam(required = false) Instant asOf,
                                                @RequestParam(defaultValue = "RECORDED") TimeBasis basis) {
        Instant at = orNow(asOf);
        return found(queries.query(new FindClientAccountAsOfQuery(accountId, at, basis),
                ResponseTypes.optionalInstanceOf(ClientAccountAsOf.class)).join(), "client account", accountId, at)
                .account();
    }

    private Instant orNow(Instant asOf) {
        return asOf == null ? clock.instant() : asOf;
    }

    private static <T> T found(Optional<T> answer, String what, String id, Instant at) {
        return answer.orElseThrow(() -> new NotFound(what, id + " as of " + at));
    }
}
