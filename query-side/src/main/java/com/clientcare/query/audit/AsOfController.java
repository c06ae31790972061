package com.clientcare.query.audit;

import com.clientcare.query.account.AccountView;
import com.clientcare.query.client.ClientSummary;
import com.clientcare.query.complaint.ComplaintView;
import com.clientcare.query.sla.ClockView;
import com.clientcare.shared.sla.ClockIds;
import com.clientcare.shared.sla.ServiceLevelRule;
import com.clientcare.shared.account.ClientAccountEvent;
import com.clientcare.shared.client.ClientEvent;
import com.clientcare.shared.complaint.ComplaintEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Auditors' view of a client, a complaint or a client account (M1) as of any instant, by recorded or business time, computed from the
 * event store with the same fold that keeps the live read model.
 */
@RestController
@RequestMapping("/api/audit")
public class AsOfController {

    private final AsOfReader reader;
    private final Clock clock;

    public AsOfController(AsOfReader reader, Clock clock) {
        this.reader = reader;
        this.clock = clock;
    }

    @GetMapping("/clients/{clientId}")
    public StateAsOf<ClientSummary> client(@PathVariable String clientId,
                                           @RequestParam(required = false) Instant asOf,
                                           @RequestParam(defaultValue = "RECORDED") TimeBasis basis) {
        return reader.read("client", clientId, asOf == null ? clock.instant() : asOf, basis, ClientEvent.class,
                ClientSummary::fold);
    }

    /** The complaint and its service-level clocks (S2, S4, S5 of every cycle) as they stood then. */
    @GetMapping("/complaints/{complaintId}")
    public ComplaintAsOf complaint(@PathVariable String complaintId,
                                   @RequestParam(required = false) Instant asOf,
                                   @RequestParam(defaultValue = "RECORDED") TimeBasis basis) {
        Instant at = asOf == null ? clock.instant() : asOf;
        StateAsOf<ComplaintView> complaint = reader.read("complaint", complaintId, at, basis, ComplaintEvent.class,
                ComplaintView::fold);
        List<ClockView> clocks = new ArrayList<>();
        for (int cycle = 0; cycle <= complaint.state().cycle(); cycle++) {
            for (ServiceLevelRule rule : cycle == 0 ? List.of(ServiceLevelRule.S2, ServiceLevelRule.S4,
                    ServiceLevelRule.S5) : List.of(ServiceLevelRule.S4, ServiceLevelRule.S5)) {
                reader.readIfAny(ClockIds.ofComplaint(rule, complaintId, cycle), at, basis, Object.class,
                        ClockView::fold).ifPresent(found -> clocks.add(found.state().seenAt(at)));
            }
        }
        clocks.stream().filter(ClockView::breachRetracted)
                .forEach(retracted -> complaint.state().retractBreach(retracted.clockId()));
        return new ComplaintAsOf(complaint, clocks);
    }

    /** M1: a client account's balance, terms and movements as they stood then. */
    @GetMapping("/client-accounts/{accountId}")
    public StateAsOf<AccountView> clientAccount(@PathVariable String accountId,
                                                @RequestParam(required = false) Instant asOf,
                                                @RequestParam(defaultValue = "RECORDED") TimeBasis basis) {
        return reader.read("client account", accountId, asOf == null ? clock.instant() : asOf, basis,
                ClientAccountEvent.class, AccountView::fold);
    }
}
