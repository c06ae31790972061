package com.clientcare.query.client;

import com.clientcare.shared.client.AgreementSignedEvent;
import com.clientcare.shared.client.ClientEvent;
import com.clientcare.shared.client.ClientKind;
import com.clientcare.shared.client.ClientRegisteredEvent;
import com.clientcare.shared.client.ContactDetails;
import com.clientcare.shared.client.PersonalDataErasedEvent;
import com.clientcare.shared.client.RecommendationMadeEvent;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.common.Channel;
import com.clientcare.shared.common.Money;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The client as analysts and auditors see it, folded from its events (#15): C4's status, C5's flags, C8. */
class ClientSummaryFoldTest {

    private static final Instant AT = Instant.parse("2026-03-02T09:15:00Z");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void c1_a_history_without_the_registration_is_no_client() {
        assertThat(ClientSummary.fold(List.of(recommendation("r-1")))).isEmpty();
    }

    @Test
    void c5_a_new_client_is_no_rewards_club_member_no_subscriber_and_not_erased() {
        ClientSummary summary = fold(registered(new ContactDetails("ops@acme.example", null, null)));
        assertThat(summary.rewardsClubMember()).isFalse();
        assertThat(summary.newsletterSubscribed()).isFalse();
        assertThat(summary.personalDataErased()).isFalse();
    }

    @Test
    void c4_a_recommendation_makes_the_agreement_status_recommended() {
        ClientSummary summary = fold(registered(null), recommendation("r-1"));
        assertThat(summary.agreementStatus()).isEqualTo(AgreementStatus.RECOMMENDED);
    }

    @Test
    void c4_a_recommendation_after_an_agreement_leaves_the_client_agreed() {
        ClientSummary summary = fold(registered(null), recommendation("r-1"), agreement("a-1"), recommendation("r-2"));
        assertThat(summary.agreementStatus()).isEqualTo(AgreementStatus.AGREED);
    }

    @Test
    void c4_an_agreement_replayed_is_listed_once() {
        ClientSummary summary = fold(registered(null), recommendation("r-1"), agreement("a-1"), agreement("a-1"));
        assertThat(summary.agreementIds()).containsExactly("a-1");
    }

    @Test
    void c8_erasure_blanks_the_contact_details_the_client_gave() {
        JsonNode served = JSON.valueToTree(fold(registered(new ContactDetails("ops@acme.example", "+44 20 7946 0000",
                "1 High St")), new PersonalDataErasedEvent("c-1", "client request", AT)));
        assertThat(served.get("email").asText()).isEqualTo(ClientSummary.ERASED);
        assertThat(served.get("phone").asText()).isEqualTo(ClientSummary.ERASED);
        assertThat(served.get("postalAddress").asText()).isEqualTo(ClientSummary.ERASED);
    }

    @Test
    void c8_erasure_leaves_contact_details_never_given_absent() {
        JsonNode served = JSON.valueToTree(fold(registered(new ContactDetails(null, null, null)),
                new PersonalDataErasedEvent("c-1", "client request", AT)));
        assertThat(served.get("email").isNull()).isTrue();
        assertThat(served.get("phone").isNull()).isTrue();
        assertThat(served.get("postalAddress").isNull()).isTrue();
    }

    private static ClientSummary fold(ClientEvent... events) {
        return ClientSummary.fold(List.of(events)).orElseThrow();
    }

    private static ClientRegisteredEvent registered(ContactDetails contact) {
        return new ClientRegisteredEvent("c-1", "Acme Ltd", ClientKind.ORGANISATION, contact,
                Money.of("250000", "USD"), Tier.SILVER, Tier.SILVER.engagementLevel(), "alice", List.of(Channel.EMAIL),
                Map.of(Channel.EMAIL, true), AT);
    }

    private static RecommendationMadeEvent recommendation(String id) {
        return new RecommendationMadeEvent("c-1", id, "needs a bookkeeper", List.of("p1", "p2"), List.of("s1", "s2"),
                "alice", AT);
    }

    private static AgreementSignedEvent agreement(String id) {
        return new AgreementSignedEvent("c-1", id, "r-1", List.of("p1"), List.of(), AT);
    }
}
