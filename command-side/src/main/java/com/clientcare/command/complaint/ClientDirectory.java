package com.clientcare.command.complaint;

import com.clientcare.shared.client.ClientRegisteredEvent;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.client.TierChangedEvent;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Whether a client exists, and its tier now, read from the client's own events. */
@Component
public class ClientDirectory {

    private final EventStore eventStore;

    public ClientDirectory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** Empty when no such client was ever registered. */
    public Optional<Tier> tierOf(String clientId) {
        return eventStore.readEvents(clientId, 0).asStream()
                .map(event -> event.getPayload() instanceof ClientRegisteredEvent registered ? registered.tier()
                        : event.getPayload() instanceof TierChangedEvent changed ? changed.to() : null)
                .filter(java.util.Objects::nonNull)
                .reduce((earlier, later) -> later);
    }
}
