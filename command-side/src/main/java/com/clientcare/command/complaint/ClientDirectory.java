package com.clientcare.command.complaint;

import com.clientcare.command.client.Client;
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
 * data was erased, from the client's own events as stored now: its latest snapshot and the events after it, as
 * loading the client would read them. Read from the store on every question, never from a cache, so a change made
 * through another instance counts at once; a snapshot every {@code clientcare.snapshots.client} events bounds what
 * is read.
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
        for (Object payload : eventStore.readEvents(clientId).asStream().map(event -> event.getPayload()).toList()) {
            if (payload instanceof Client snapshot) {
                standing = snapshot.registeredAt() == null ? null
                        : new Standing(snapshot.registeredAt(), snapshot.tier(), snapshot.erased());
            } else if (payload instanceof ClientRegisteredEvent registered) {
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
