package com.clientcare.command.client;

import com.clientcare.command.rules.BusinessRuleViolation;
import com.clientcare.command.rules.ConflictingRetry;
import com.clientcare.shared.client.Direction;
import com.clientcare.shared.client.InteractionPurpose;
import com.clientcare.shared.client.InteractionRecordedEvent;
import com.clientcare.shared.client.RecordInteractionCommand;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.common.Channel;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static com.clientcare.command.client.ClientHistory.CLIENT;
import static com.clientcare.command.client.ClientHistory.enquiry;
import static com.clientcare.command.client.ClientHistory.registeredWithEnquiries;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.is;

/**
 * Retries (C1..C7) and replies (C5) about facts older than the client's window of prints (#16): the client asks
 * {@link OlderFactPrints} for them, here the MongoDB lookup, filled from the fixture's events on first use.
 * Enquiry i-1 is {@link FactPrints#WINDOW} + 50 facts back.
 */
class ClientOlderFactsTest {

    private static final int ENQUIRIES = FactPrints.WINDOW + 50;

    private final StoredClients store = new StoredClients();
    private AggregateTestFixture<Client> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Client.class);
        fixture.registerInjectableResource(new ClientSegmentation());
        fixture.registerInjectableResource(new FactPrintLookup(store.database, fixture.getEventStore()));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void c5_a_retry_of_an_interaction_older_than_the_window_with_the_same_content_records_nothing() {
        fixture.given(registeredWithEnquiries(ENQUIRIES))
                .when(record(enquiry(1), enquiry(1).summary()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void c5_a_retry_of_an_interaction_older_than_the_window_with_other_content_is_refused() {
        fixture.given(registeredWithEnquiries(ENQUIRIES))
                .when(record(enquiry(1), "another question"))
                .expectException(ConflictingRetry.class)
                .expectNoEvents();
    }

    @Test
    void c5_a_reply_to_an_interaction_older_than_the_window_dated_before_it_is_refused() {
        Instant asked = enquiry(2).occurredAt();
        fixture.given(registeredWithEnquiries(ENQUIRIES))
                .when(reply("i-2", asked.minusSeconds(30)))
                .expectException(BusinessRuleViolation.class)
                .expectException(hasProperty("rule", is("C5")))
                .expectException(hasProperty("field", is("occurredAt")))
                .expectExceptionMessage(containsString(asked.toString()))
                .expectNoEvents();
    }

    @Test
    void c5_a_reply_to_an_interaction_older_than_the_window_is_recorded() {
        Instant answered = enquiry(2).occurredAt().plusSeconds(30);
        fixture.given(registeredWithEnquiries(ENQUIRIES))
                .when(reply("i-2", answered))
                .expectEvents(new InteractionRecordedEvent(CLIENT, "r-1", Channel.EMAIL, Direction.OUTBOUND,
                        InteractionPurpose.RESPONSE, "i-2", "alice", "answered", answered, Tier.SILVER));
    }

    @Test
    void c5_a_new_interaction_after_the_window_is_recorded() {
        InteractionRecordedEvent next = enquiry(ENQUIRIES + 1);
        fixture.given(registeredWithEnquiries(ENQUIRIES))
                .when(record(next, next.summary()))
                .expectEvents(next);
    }

    private static RecordInteractionCommand record(InteractionRecordedEvent enquiry, String summary) {
        return new RecordInteractionCommand(CLIENT, enquiry.interactionId(), enquiry.channel(), enquiry.direction(),
                enquiry.purpose(), null, enquiry.handledBy(), summary, enquiry.occurredAt());
    }

    private static RecordInteractionCommand reply(String inReplyTo, Instant at) {
        return new RecordInteractionCommand(CLIENT, "r-1", Channel.EMAIL, Direction.OUTBOUND,
                InteractionPurpose.RESPONSE, inReplyTo, "alice", "answered", at);
    }
}
