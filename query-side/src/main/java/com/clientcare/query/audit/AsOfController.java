package com.clientcare.query.audit;

import com.clientcare.query.client.ClientSummary;
import com.clientcare.query.complaint.ComplaintView;
import com.clientcare.shared.client.ClientEvent;
import com.clientcare.shared.complaint.ComplaintEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;

/**
 * Auditors' view of a client or a complaint as of any instant, by recorded or business time, computed from the
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

    @GetMapping("/complaints/{complaintId}")
    public StateAsOf<ComplaintView> complaint(@PathVariable String complaintId,
                                              @RequestParam(required = false) Instant asOf,
                                              @RequestParam(defaultValue = "RECORDED") TimeBasis basis) {
        return reader.read("complaint", complaintId, asOf == null ? clock.instant() : asOf, basis,
                ComplaintEvent.class, ComplaintView::fold);
    }
}
