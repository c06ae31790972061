package com.clientcare.command.complaint;

import com.clientcare.command.ReadRecordingStorageEngine;
import com.clientcare.command.client.Client;
import com.clientcare.command.client.ClientSnapshotter;
import com.clientcare.shared.client.ClientKind;
import com.clientcare.shared.client.ClientRegisteredEvent;
import com.clientcare.shared.client.ContactDetails;
import com.clientcare.shared.client.PersonalDataErasedEvent;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.client.TierChangedEvent;
import com.clientcare.shared.common.Channel;
import com.clientcare.shared.common.Money;
import com.clientcare.shared.complaint.ComplaintCategory;
import com.clientcare.shared.complaint.ComplaintLoggedEvent;
import com.clientcare.shared.complaint.EscalationLevel;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a complaint is decided by about its client (K1, C8): the client's events as stored now, from its snapshot. */
class ClientDirectoryTest {

    private static final String CLIENT = "client-1";
    private static final Instant REGISTERED_AT = Instant.parse("2026-01-05T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-02-02T09:00:00Z");

    private final ReadRecordingStorageEngine store = new ReadRecordingStorageEngine();
    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder().storageEngine(store).build();
    private final AggregateSnapshotter snapshotter = ClientSnapshotter.over(eventStore);

    @AfterEach
    void tearDown() {
        eventStore.shutDown();
    }

    @Test
    void k1_a_client_is_known_from_its_snapshot_and_the_events_after_it_without_a_replay() {
        record(CLIENT, 0, registered());
        record(CLIENT, 1, new TierChangedEvent(CLIENT, Tier.GOLD, Tier.PLATINUM, Tier.PLATINUM.engagementLevel(),
                "grew", LATER));
        snapshotter.scheduleSnapshot(Client.class, CLIENT);
        record(CLIENT, 2, new PersonalDataErasedEvent(CLIENT, "asked", LATER));
        int readsBefore = store.readsFrom().size();

        assertThat(new ClientDirectory(eventStore).standingOf(CLIENT))
                .contains(new ClientDirectory.Standing(REGISTERED_AT, Tier.PLATINUM, true));
        assertThat(store.readsFrom().subList(readsBefore, store.readsFrom().size())).containsExactly(2L);
    }

    @Test
    void k1_a_change_recorded_through_another_instance_or_before_a_restart_counts_at_once() {
        record(CLIENT, 0, registered());
        ClientDirectory directory = new ClientDirectory(eventStore);
        assertThat(directory.standingOf(CLIENT)).contains(new ClientDirectory.Standing(REGISTERED_AT, Tier.GOLD, false));

        record(CLIENT, 1, new TierChangedEvent(CLIENT, Tier.GOLD, Tier.SILVER, Tier.SILVER.engagementLevel(),
                "shrank", LATER));

        assertThat(directory.standingOf(CLIENT)).contains(new ClientDirectory.Standing(REGISTERED_AT, Tier.SILVER, false));
        assertThat(new ClientDirectory(eventStore).standingOf(CLIENT))
                .contains(new ClientDirectory.Standing(REGISTERED_AT, Tier.SILVER, false));
    }

    @Test
    void k1_an_id_that_names_no_client_has_no_standing() {
        record("complaint-1", 0, new ComplaintLoggedEvent("complaint-1", CLIENT, Channel.EMAIL,
                ComplaintCategory.SERVICE, "late", LATER, false, EscalationLevel.ACCOUNT_MANAGER, Tier.GOLD));

        assertThat(new ClientDirectory(eventStore).standingOf("complaint-1")).isEmpty();
        assertThat(new ClientDirectory(eventStore).standingOf("nobody")).isEmpty();
    }

    private static ClientRegisteredEvent registered() {
        return new ClientRegisteredEvent(CLIENT, "Acme Ltd", ClientKind.ORGANISATION,
                new ContactDetails("ops@acme.example", "+44 20 7946 0000", "1 High St"), Money.of("1000000", "USD"),
                Tier.GOLD, Tier.GOLD.engagementLevel(), "alice", List.of(Channel.EMAIL), Map.of(Channel.EMAIL, true),
                REGISTERED_AT);
    }

    private void record(String aggregateId, long sequence, Object event) {
        store.appendEvents(new GenericDomainEventMessage<>(event instanceof ComplaintLoggedEvent ? "Complaint"
                : "Client", aggregateId, sequence, event));
    }
}
