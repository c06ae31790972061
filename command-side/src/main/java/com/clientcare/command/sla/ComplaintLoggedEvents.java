package com.clientcare.command.sla;

import com.clientcare.shared.complaint.ComplaintLoggedEvent;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** A complaint as it was logged (who it is about, when it was received): the first event of its stream. */
@Component
public class ComplaintLoggedEvents {

    private final EventStore eventStore;

    public ComplaintLoggedEvents(EventStore eventStore) {
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
