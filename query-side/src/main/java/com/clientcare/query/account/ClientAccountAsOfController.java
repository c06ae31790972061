package com.clientcare.query.account;

import com.clientcare.query.audit.AsOfReader;
import com.clientcare.query.audit.StateAsOf;
import com.clientcare.query.audit.TimeBasis;
import com.clientcare.shared.account.ClientAccountEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;

/** Auditors (M1): a client account as it stood at any instant, folded from its events as the live view is. */
@RestController
@RequestMapping("/api/audit/client-accounts")
public class ClientAccountAsOfController {

    private final AsOfReader reader;
    private final Clock clock;

    public ClientAccountAsOfController(AsOfReader reader, Clock clock) {
        this.reader = reader;
        this.clock = clock;
    }

    @GetMapping("/{accountId}")
    public StateAsOf<AccountView> account(@PathVariable String accountId,
                                          @RequestParam(required = false) Instant asOf,
                                          @RequestParam(defaultValue = "RECORDED") TimeBasis basis) {
        return reader.read("client account", accountId, asOf == null ? clock.instant() : asOf, basis,
                ClientAccountEvent.class, AccountView::fold);
    }
}
