package com.clientcare.command.client;

import com.clientcare.command.rules.BusinessRuleViolation;
import com.clientcare.command.rules.ConflictingRetry;
import com.clientcare.shared.client.ClientKind;
import com.clientcare.shared.client.ClientRegisteredEvent;
import com.clientcare.shared.client.ContactDetails;
import com.clientcare.shared.client.Direction;
import com.clientcare.shared.client.InteractionPurpose;
import com.clientcare.shared.client.InteractionRecordedEvent;
import com.clientcare.shared.client.RecordInteractionCommand;
import com.clientcare.shared.client.RegisterClientCommand;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.common.Channel;
import com.clientcare.shared.common.Money;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.is;

class ClientTest {

    private static final String CLIENT = "client-1";
    private static final Instant REGISTERED_AT = Instant.parse("2026-03-02T09:15:00Z");
    private static final ContactDetails CONTACT = new ContactDetails("ops@acme.example", "+44 20 7946 0000", "1 High St");

    private AggregateTestFixture<Client> fixture;

    @BeforeEach
    void setUp() {
        fixture = ClientHistory.fixture();
    }

    @ParameterizedTest(name = "C2: revenue {0} USD is {1}")
    @CsvSource({
            "1000000.01, PLATINUM",
            "2500000, PLATINUM",
            "1000000, GOLD",
            "1000000.00, GOLD",
            "999999.99, GOLD",
            "500000, GOLD",
            "499999.99, SILVER",
            "100000, SILVER",
            "100000.00, SILVER",
            "99999.99, BRONZE",
            "0, BRONZE"})
    void c2_registration_records_the_tier_and_engagement_level_of_the_revenue(String revenue, Tier tier) {
        fixture.givenNoPriorActivity()
                .when(register(revenue, "USD"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(registered(revenue, tier));
    }

    @Test
    void c2_revenue_in_another_currency_than_the_segmentation_currency_is_refused() {
        fixture.givenNoPriorActivity()
                .when(register("1000000", "EUR"))
                .expectException(BusinessRuleViolation.class)
                .expectException(hasProperty("message", is("annual revenue is segmented in USD; state it in USD, not EUR")))
                .expectNoEvents();
    }

    @Test
    void c1_a_client_onboarded_earlier_is_registered_back_dated() {
        Instant onboarded = Instant.parse("2019-06-03T09:00:00Z");
        fixture.givenNoPriorActivity()
                .when(new RegisterClientCommand(CLIENT, "Acme Ltd", ClientKind.ORGANISATION, CONTACT,
                        Money.of("250000", "USD"), "alice", List.of(Channel.EMAIL), Map.of(Channel.EMAIL, true),
                        onboarded))
                .expectEvents(new ClientRegisteredEvent(CLIENT, "Acme Ltd", ClientKind.ORGANISATION, CONTACT,
                        Money.of("250000", "USD"), Tier.SILVER, Tier.SILVER.engagementLevel(), "alice",
                        List.of(Channel.EMAIL), Map.of(Channel.EMAIL, true), onboarded));
    }

    @Test
    void c1_registering_again_with_the_same_content_records_nothing() {
        fixture.given(registered("250000", Tier.SILVER))
                .when(register("250000", "USD"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void c1_registering_an_existing_id_with_other_content_is_a_conflict() {
        fixture.given(registered("250000", Tier.SILVER))
                .when(register("750000", "USD"))
                .expectException(ConflictingRetry.class)
                .expectNoEvents();
    }

    @Test
    void c5_an_interaction_is_recorded() {
        fixture.given(registered("250000", Tier.SILVER))
                .when(interaction("i-1", null))
                .expectEvents(interactionRecorded("i-1", null));
    }

    @Test
    void c5_a_reply_to_an_earlier_interaction_is_recorded() {
        fixture.given(registered("250000", Tier.SILVER), interactionRecorded("i-1", null))
                .when(interaction("i-2", "i-1"))
                .expectEvents(interactionRecorded("i-2", "i-1"));
    }

    @Test
    void c5_a_reply_to_an_unknown_interaction_is_refused() {
        fixture.given(registered("250000", Tier.SILVER))
                .when(interaction("i-2", "i-404"))
                .expectException(BusinessRuleViolation.class)
                .expectException(hasProperty("rule", is("C5")))
                .expectNoEvents();
    }

    @Test
    void c5_a_reply_dated_before_the_enquiry_it_answers_is_refused_naming_occurred_at() {
        Instant enquiryAt = REGISTERED_AT.plusSeconds(2 * 3600);
        fixture.given(registered("250000", Tier.SILVER), new InteractionRecordedEvent(CLIENT, "i-1", Channel.EMAIL,
                        Direction.INBOUND, InteractionPurpose.ENQUIRY, null, "alice", "asked about fees", enquiryAt,
                        Tier.SILVER))
                .when(new RecordInteractionCommand(CLIENT, "i-2", Channel.EMAIL, Direction.OUTBOUND,
                        InteractionPurpose.RESPONSE, "i-1", "alice", "answered", enquiryAt.minusSeconds(3600)))
                .expectException(hasProperty("rule", is("C5")))
                .expectException(hasProperty("field", is("occurredAt")))
                .expectNoEvents();
    }

    @Test
    void c5_a_reply_at_the_same_instant_as_the_enquiry_is_recorded() {
        fixture.given(registered("250000", Tier.SILVER), interactionRecorded("i-1", null))
                .when(interaction("i-2", "i-1"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void c5_recording_the_same_interaction_again_records_nothing() {
        fixture.given(registered("250000", Tier.SILVER), interactionRecorded("i-1", null))
                .when(interaction("i-1", null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void c5_reusing_an_interaction_id_for_another_interaction_is_a_conflict() {
        fixture.given(registered("250000", Tier.SILVER), interactionRecorded("i-1", null))
                .when(new RecordInteractionCommand(CLIENT, "i-1", Channel.PHONE, Direction.OUTBOUND,
                        InteractionPurpose.FOLLOW_UP, null, "bob", "called back", REGISTERED_AT))
                .expectException(ConflictingRetry.class)
                .expectNoEvents();
    }

    private static RegisterClientCommand register(String revenue, String currency) {
        return new RegisterClientCommand(CLIENT, "Acme Ltd", ClientKind.ORGANISATION, CONTACT,
                Money.of(revenue, currency), "alice", List.of(Channel.EMAIL), Map.of(Channel.EMAIL, true),
                REGISTERED_AT);
    }

    private static ClientRegisteredEvent registered(String revenue, Tier tier) {
        return new ClientRegisteredEvent(CLIENT, "Acme Ltd", ClientKind.ORGANISATION, CONTACT,
                Money.of(revenue, "USD"), tier, tier.engagementLevel(), "alice", List.of(Channel.EMAIL),
                Map.of(Channel.EMAIL, true), REGISTERED_AT);
    }

    private static RecordInteractionCommand interaction(String id, String inReplyTo) {
        return new RecordInteractionCommand(CLIENT, id, Channel.EMAIL, Direction.INBOUND, InteractionPurpose.ENQUIRY,
                inReplyTo, "alice", "asked about fees", REGISTERED_AT);
    }

    private static InteractionRecordedEvent interactionRecorded(String id, String inReplyTo) {
        return new InteractionRecordedEvent(CLIENT, id, Channel.EMAIL, Direction.INBOUND, InteractionPurpose.ENQUIRY,
                inReplyTo, "alice", "asked about fees", REGISTERED_AT, Tier.SILVER);
    }
}
