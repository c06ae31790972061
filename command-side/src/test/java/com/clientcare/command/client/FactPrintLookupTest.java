package com.clientcare.command.client;

import com.clientcare.command.rules.SameFact;
import com.clientcare.shared.client.InteractionRecordedEvent;
import com.clientcare.shared.client.PersonalDataErasedEvent;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import static com.clientcare.command.client.ClientHistory.CLIENT;
import static com.clientcare.command.client.ClientHistory.enquiry;
import static com.clientcare.command.client.ClientHistory.registeredWithEnquiries;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lookup of prints older than a client's window (#16) is derived from the client's stored events: filled from
 * them when it has none of the client (a store written before it) or is behind them (a write lost, events
 * recorded since), never ahead of what the client asks about, and empty of an erased client (C8). The client's stream: registration at 0, enquiry i-n
 * at n.
 */
class FactPrintLookupTest {

    private static final int ENQUIRIES = 250;
    private static final Instant ERASED = Instant.parse("2026-06-01T12:00:00Z");

    private final StoredClients store = new StoredClients();
    private final FactPrintLookup lookup = new FactPrintLookup(store.database, store.eventStore);

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void a_store_written_before_the_lookup_is_filled_from_the_clients_events_on_first_use() {
        store.append(CLIENT, registeredWithEnquiries(ENQUIRIES));

        assertThat(lookup.printOf(CLIENT, keyOf(enquiry(1)), 50)).isEqualTo(SameFact.printOf(enquiry(1)));
        assertThat(markOf(CLIENT)).isEqualTo(ENQUIRIES);
    }

    @Test
    void a_lookup_behind_the_clients_events_is_filled_to_their_end() {
        store.append(CLIENT, registeredWithEnquiries(ENQUIRIES));
        lookup.printOf(CLIENT, keyOf(enquiry(1)), 50);
        store.append(CLIENT, IntStream.rangeClosed(ENQUIRIES + 1, ENQUIRIES + 100).mapToObj(ClientHistory::enquiry)
                .toList());

        assertThat(lookup.printOf(CLIENT, keyOf(enquiry(300)), 300)).isEqualTo(SameFact.printOf(enquiry(300)));
        assertThat(markOf(CLIENT)).isEqualTo(ENQUIRIES + 100);
    }

    @Test
    void a_fact_never_recorded_has_no_print() {
        store.append(CLIENT, registeredWithEnquiries(ENQUIRIES));
        lookup.printOf(CLIENT, keyOf(enquiry(1)), 50);

        assertThat(lookup.printOf(CLIENT, FactPrints.key(InteractionRecordedEvent.class, "i-404"), ENQUIRIES))
                .isNull();
    }

    @Test
    void a_print_recorded_after_what_the_client_knows_does_not_count() {
        store.append(CLIENT, registeredWithEnquiries(ENQUIRIES));

        assertThat(lookup.printOf(CLIENT, keyOf(enquiry(200)), 199)).isNull();
    }

    @Test
    void the_prints_of_one_client_are_not_another_clients() {
        InteractionRecordedEvent asked = enquiry(1);
        InteractionRecordedEvent askedByAnother = new InteractionRecordedEvent("client-2", asked.interactionId(),
                asked.channel(), asked.direction(), asked.purpose(), null, asked.handledBy(), "another question",
                asked.occurredAt(), asked.clientTier());
        store.append(CLIENT, registeredWithEnquiries(ENQUIRIES));
        store.append("client-2", List.of(ClientHistory.registered(), askedByAnother));
        lookup.printOf(CLIENT, keyOf(asked), 50);

        assertThat(lookup.printOf("client-2", keyOf(asked), 1)).isEqualTo(SameFact.printOf(askedByAnother));
    }

    @Test
    void c8_an_erasure_removes_the_clients_prints() {
        store.append(CLIENT, registeredWithEnquiries(ENQUIRIES));
        lookup.printOf(CLIENT, keyOf(enquiry(1)), 50);

        lookup.on(new PersonalDataErasedEvent(CLIENT, "client request", ERASED));

        assertThat(store.database.getCollection("client_fact_prints").countDocuments()).isZero();
    }

    @Test
    void c8_a_fill_that_meets_the_clients_erasure_stores_nothing() {
        store.append(CLIENT, registeredWithEnquiries(ENQUIRIES));
        store.append(CLIENT, List.of(new PersonalDataErasedEvent(CLIENT, "client request", ERASED)));

        assertThat(lookup.printOf(CLIENT, keyOf(enquiry(1)), 50)).isNull();
        assertThat(store.database.getCollection("client_fact_prints").countDocuments()).isZero();
    }

    private static long keyOf(InteractionRecordedEvent enquiry) {
        return FactPrints.key(InteractionRecordedEvent.class, enquiry.interactionId());
    }

    private long markOf(String clientId) {
        Document mark = store.database.getCollection("client_fact_prints").find(Filters.eq("_id", clientId + ":mark"))
                .first();
        return mark == null ? -1 : mark.getLong("through");
    }
}
