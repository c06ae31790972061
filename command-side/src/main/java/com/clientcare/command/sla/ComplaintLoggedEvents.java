package com.clientcare.command.sla;

import com.clientcare.shared.complaint.ComplaintLoggedEvent;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Who a complaint is about, read from the complaint's first event. */
@Component
public class ComplaintClients {

    private final EventStore eventStore;

    public ComplaintClients(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public Optional<ComplaintLoggedEvent> of(String complaintId) {
        return eventStore.readEvents(complaintId, 0).asStream()
                .map(event -> event.getPayload())
                .filter(ComplaintLoggedEvent.class::isInstance)
                .map(ComplaintLoggedEvent.class::cast)
                .findFirst();
    }
}
