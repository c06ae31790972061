package com.clientcare.query.account;

import com.clientcare.query.infra.Paged;
import com.clientcare.shared.account.FindClientMoneyHeldQuery;
import com.clientcare.shared.account.FindIdleClientAccountsQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** For analysts (M1): the client money held per currency, and the open accounts nothing has moved on for a while. */
@RestController
@RequestMapping("/api/client-money")
public class ClientMoneyController {

    private final QueryGateway queries;
    private final Clock clock;

    public ClientMoneyController(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/held")
    public List<MoneyHeld> held() {
        return queries.query(new FindClientMoneyHeldQuery(), ResponseTypes.multipleInstancesOf(MoneyHeld.class))
                .join();
    }

    /** Open accounts with no movement (by business time) for {@code days} days (default 90), longest idle first. */
    @GetMapping("/idle-accounts")
    public ResponseEntity<List<AccountSummary>> idle(@RequestParam(defaultValue = "90") @Min(1) @Max(3650) int days,
                                                     @RequestParam(defaultValue = "0") @Min(0) int page,
                                                     @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        ClientAccountsProjection.AccountPage found = queries.query(
                new FindIdleClientAccountsQuery(clock.instant().minus(Duration.ofDays(days)), page, size),
                ResponseTypes.instanceOf(ClientAccountsProjection.AccountPage.class)).join();
        return Paged.ok(found.items(), found.total());
    }
}
