package com.clientcare.query.account;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** For analysts (M1): the client money held per currency, and the open accounts nothing has moved on for a while. */
@RestController
@Validated
@RequestMapping("/api/client-money")
public class ClientMoneyController {

    private final ClientAccountsProjection accounts;
    private final Clock clock;

    public ClientMoneyController(ClientAccountsProjection accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping("/held")
    public List<MoneyHeld> held() {
        return accounts.held();
    }

    /** Open accounts with no movement (by business time) for {@code days} days (default 90), longest idle first. */
    @GetMapping("/idle-accounts")
    public ResponseEntity<List<AccountSummary>> idle(@RequestParam(defaultValue = "90") @Min(1) @Max(3650) int days,
                                                     @RequestParam(defaultValue = "0") @Min(0) int page,
                                                     @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        return ClientAccountQueryController.paged(accounts.idleSince(clock.instant().minus(Duration.ofDays(days)),
                page, size));
    }
}
