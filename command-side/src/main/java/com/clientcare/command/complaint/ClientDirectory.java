package com.clientcare.command.complaint;

import com.clientcare.shared.client.ClientRegisteredEvent;
import com.clientcare.shared.client.PersonalDataErasedEvent;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.client.TierChangedEvent;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether a client exists, since when (its registration's business time), its tier now and whether its personal
 * data was erased, from the client's own events.
 */
@Component
public class ClientDirectory {

    public record Standing(Instant registeredAt, Tier tier, boolean erased) {
    }

    private final EventStore eventStore;

    public ClientDirectory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** Empty when no such client was ever registered. */
    public Optional<Standing> standingOf(String clientId) {
        Standing standing = null;
        for (Object payload : eventStore.readEvents(clientId, 0).asStream().map(event -> event.getPayload()).toList()) {
            if (payload instanceof ClientRegisteredEvent registered) {
                standing = new Standing(registered.registeredAt(), registered.tier(), false);
            } else if (standing != null && payload instanceof TierChangedEvent changed) {
                standing = new Standing(standing.registeredAt(), changed.to(), standing.erased());
            } else if (standing != null && payload instanceof PersonalDataErasedEvent) {
                standing = new Standing(standing.registeredAt(), standing.tier(), true);
            }
        }
        return Optional.ofNullable(standing);
    }
}
