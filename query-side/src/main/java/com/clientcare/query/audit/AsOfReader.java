package com.clientcare.query.audit;

import com.clientcare.query.account.AccountView;
import com.clientcare.query.client.ClientSummary;
import com.clientcare.query.complaint.ComplaintView;
import com.clientcare.query.sla.ClockView;
import com.clientcare.shared.account.ClientAccountEvent;
import com.clientcare.shared.audit.FindClientAccountAsOfQuery;
import com.clientcare.shared.audit.FindClientAsOfQuery;
import com.clientcare.shared.audit.FindComplaintAsOfQuery;
import com.clientcare.shared.audit.TimeBasis;
import com.clientcare.shared.client.ClientEvent;
import com.clientcare.shared.complaint.ComplaintEvent;
import com.clientcare.shared.sla.ClockIds;
import com.clientcare.shared.sla.ServiceLevelRule;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Answers the auditors' "as of" queries: folds an aggregate's events up to an instant, straight from the event store
 * (not from a read model), with the same fold that keeps the live read model. Empty when the aggregate did not
 * exist yet at that instant.
 */
@Component
public class AsOfReader {

    private final EventStore eventStore;

    public AsOfReader(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @QueryHandler
    public Optional<ClientAsOf> handle(FindClientAsOfQuery query) {
        return read(query.clientId(), query.asOf(), query.basis(), ClientEvent.class, ClientSummary::fold)
                .map(ClientAsOf::new);
    }

    /** The complaint and its service-level clocks (S2, S4, S5 of every cycle) as they stood then. */
    @QueryHandler
    public Optional<ComplaintAsOf> handle(FindComplaintAsOfQuery query) {
        Instant at = query.asOf();
        return read(query.complaintId(), at, query.basis(), ComplaintEvent.class, ComplaintView::fold)
                .map(complaint -> {
                    List<ClockView> clocks = new ArrayList<>();
                    for (int cycle = 0; cycle <= complaint.state().cycle(); cycle++) {
                        for (ServiceLevelRule rule : cycle == 0 ? List.of(ServiceLevelRule.S2, ServiceLevelRule.S4,
                                ServiceLevelRule.S5) : List.of(ServiceLevelRule.S4, ServiceLevelRule.S5)) {
                            read(ClockIds.ofComplaint(rule, query.complaintId(), cycle), at, query.basis(),
                                    Object.class, ClockView::fold)
                                    .ifPresent(found -> clocks.add(found.state().seenAt(at)));
                        }
                    }
                    clocks.stream().filter(ClockView::breachRetracted)
                            .forEach(retracted -> complaint.state().retractBreach(retracted.clockId()));
                    return new ComplaintAsOf(complaint, clocks);
                });
    }

    @QueryHandler
    public Optional<ClientAccountAsOf> handle(FindClientAccountAsOfQuery query) {
        return read(query.accountId(), query.asOf(), query.basis(), ClientAccountEvent.class, AccountView::fold)
                .map(ClientAccountAsOf::new);
    }

    private <E, S> Optional<StateAsOf<S>> read(String id, Instant at, TimeBasis basis, Class<E> eventType,
                                               Function<List<E>, Optional<S>> fold) {
        List<? extends DomainEventMessage<?>> upToThen = eventStore.readEvents(id, 0).asStream()
                .filter(event -> eventType.isInstance(event.getPayload()))
                .filter(event -> !(basis == TimeBasis.RECORDED ? event.getTimestamp()
                        : FirstInstantField.orRecordedAt(event)).isAfter(at))
                .toList();
        return fold.apply(upToThen.stream().map(event -> eventType.cast(event.getPayload())).toList())
                .map(state -> new StateAsOf<>(id, at, basis, upToThen.size(),
                        upToThen.get(upToThen.size() - 1).getSequenceNumber(), state));
    }
}
