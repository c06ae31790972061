package com.clientcare.query.audit;

import com.clientcare.query.client.ClientSummary;
import com.clientcare.query.infra.NotFound;
import com.clientcare.shared.client.ClientEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Auditors' view of a client as of any instant, computed from the event store itself (not from a read model)
 * with the same fold that keeps the live client summary.
 */
@RestController
@RequestMapping("/api/audit/clients")
public class ClientAuditController {

    private final EventStore eventStore;
    private final Clock clock;

    public ClientAuditController(EventStore eventStore, Clock clock) {
        this.eventStore = eventStore;
        this.clock = clock;
    }

    @GetMapping("/{clientId}")
    public ClientAsOf asOf(@PathVariable String clientId,
                           @RequestParam(required = false) Instant asOf,
                           @RequestParam(defaultValue = "RECORDED") TimeBasis basis) {
        Instant at = asOf == null ? clock.instant() : asOf;
        List<? extends DomainEventMessage<?>> upToThen = eventStore.readEvents(clientId, 0).asStream()
                .filter(event -> event.getPayload() instanceof ClientEvent)
                .filter(event -> !(basis == TimeBasis.RECORDED ? event.getTimestamp() : BusinessTime.of(event))
                        .isAfter(at))
                .toList();
        ClientSummary state = ClientSummary.fold(upToThen.stream().map(event -> (ClientEvent) event.getPayload())
                        .toList())
                .orElseThrow(() -> new NotFound("client", clientId + " as of " + at));
        return new ClientAsOf(clientId, at, basis, upToThen.size(),
                upToThen.get(upToThen.size() - 1).getSequenceNumber(), state);
    }
}
