package com.clientcare.command.client;

import com.clientcare.shared.client.ClientKind;
import com.clientcare.shared.client.ClientRegisteredEvent;
import com.clientcare.shared.client.ConsultationHeldEvent;
import com.clientcare.shared.client.ContactDetails;
import com.clientcare.shared.client.Direction;
import com.clientcare.shared.client.InteractionPurpose;
import com.clientcare.shared.client.InteractionRecordedEvent;
import com.clientcare.shared.client.MakeRecommendationCommand;
import com.clientcare.shared.client.MarketingMessageSentEvent;
import com.clientcare.shared.client.MarketingOutcome;
import com.clientcare.shared.client.MarketingResponseRecordedEvent;
import com.clientcare.shared.client.RecommendationMadeEvent;
import com.clientcare.shared.client.RecordMarketingResponseCommand;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.common.Channel;
import com.clientcare.shared.common.Money;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The given side of the {@link Client} file tests: one Silver client {@code client-1} (alice its account manager,
 * consent to EMAIL only), the events of its file so far, and the fixture that segments it. Shared so that each test
 * names only what it changes.
 */
final class ClientHistory {

    static final String CLIENT = "client-1";
    static final Instant REGISTERED = Instant.parse("2026-03-02T09:15:00Z");
    static final Instant LATER = Instant.parse("2026-04-01T10:00:00Z");

    /** For a history shorter than a client's window of facts, which the client decides on alone. */
    static final OlderFactPrints NO_OLDER_FACTS = (clientId, key, through) -> {
        throw new IllegalStateException("client " + clientId + " has no facts older than its window");
    };

    private ClientHistory() {
    }

    static AggregateTestFixture<Client> fixture() {
        AggregateTestFixture<Client> fixture = new AggregateTestFixture<>(Client.class);
        fixture.registerInjectableResource(new ClientSegmentation());
        fixture.registerInjectableResource(NO_OLDER_FACTS);
        return fixture;
    }

    /** Registered with 250,000 USD of revenue (Silver, C2), alice its account manager, consent to EMAIL only. */
    static ClientRegisteredEvent registered() {
        return new ClientRegisteredEvent(CLIENT, "Acme Ltd", ClientKind.ORGANISATION,
                new ContactDetails("ops@acme.example", null, null), Money.of("250000", "USD"), Tier.SILVER,
                Tier.SILVER.engagementLevel(), "alice", List.of(Channel.EMAIL), Map.of(Channel.EMAIL, true),
                REGISTERED);
    }

    /** A consultation at the registration; the first one is the initial consultation (C1). */
    static ConsultationHeldEvent consultationHeld(String id, boolean initial, boolean rightsExplained) {
        return new ConsultationHeldEvent(CLIENT, id, initial, REGISTERED, "bookkeeping", "late filings", "cost",
                rightsExplained, "alice");
    }

    /** The initial consultation k-1, the client's rights explained (C1). */
    static ConsultationHeldEvent initialConsultation() {
        return consultationHeld("k-1", true, true);
    }

    static MakeRecommendationCommand recommend(String id, List<String> products, List<String> services) {
        return new MakeRecommendationCommand(CLIENT, id, "needs a bookkeeper", products, services, "alice",
                REGISTERED);
    }

    /** Products p1, p2 and services s1, s2 recommended (C4). */
    static RecommendationMadeEvent recommendation(String id) {
        return new RecommendationMadeEvent(CLIENT, id, "needs a bookkeeper", List.of("p1", "p2"),
                List.of("s1", "s2"), "alice", REGISTERED);
    }

    /** Enquiry i-n by email, n minutes after the registration. */
    static InteractionRecordedEvent enquiry(int n) {
        return new InteractionRecordedEvent(CLIENT, "i-" + n, Channel.EMAIL, Direction.INBOUND,
                InteractionPurpose.ENQUIRY, null, "alice", "a question about the books, number " + n,
                REGISTERED.plusSeconds(60L * n), Tier.SILVER);
    }

    /** The registration and enquiries i-1 to i-n. */
    static List<Object> registeredWithEnquiries(int n) {
        List<Object> history = new ArrayList<>(List.of(registered()));
        for (int i = 1; i <= n; i++) {
            history.add(enquiry(i));
        }
        return history;
    }

    /** Message msg-1 of the spring campaign, sent on the channel (C6). */
    static MarketingMessageSentEvent campaignSent(Channel channel, Instant at) {
        return new MarketingMessageSentEvent(CLIENT, "msg-1", "spring", channel, at);
    }

    /** Response m-1 to the spring campaign (C5). */
    static RecordMarketingResponseCommand respond(Channel channel, MarketingOutcome outcome, Instant at) {
        return new RecordMarketingResponseCommand(CLIENT, "m-1", "spring", channel, outcome, at);
    }

    static MarketingResponseRecordedEvent responded(Channel channel, MarketingOutcome outcome, Instant at) {
        return new MarketingResponseRecordedEvent(CLIENT, "m-1", "spring", channel, outcome, at);
    }
}
