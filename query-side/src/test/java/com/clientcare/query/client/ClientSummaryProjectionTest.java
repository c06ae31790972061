package com.clientcare.query.client;

import com.clientcare.query.infra.InMemoryMongo;
import com.clientcare.shared.client.AccountManagerReassignedEvent;
import com.clientcare.shared.client.AgreementSignedEvent;
import com.clientcare.shared.client.AnnualRevenueChangedEvent;
import com.clientcare.shared.client.ClientKind;
import com.clientcare.shared.client.ConsultationHeldEvent;
import com.clientcare.shared.client.EngagementLevel;
import com.clientcare.shared.client.MarketingConsentChangedEvent;
import com.clientcare.shared.client.NewsletterSubscriptionChangedEvent;
import com.clientcare.shared.client.PersonalDataErasedEvent;
import com.clientcare.shared.client.RecommendationMadeEvent;
import com.clientcare.shared.client.RewardsClubMembershipChangedEvent;
import com.clientcare.shared.client.TierChangedEvent;
import com.clientcare.shared.client.ClientRegisteredEvent;
import com.clientcare.shared.client.ContactDetails;
import com.clientcare.shared.client.FindClientQuery;
import com.clientcare.shared.client.FindClientsQuery;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.common.Channel;
import com.clientcare.shared.common.Money;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ClientSummaryProjectionTest {

    private static final Instant AT = Instant.parse("2026-04-01T10:00:00Z");

    private InMemoryMongo mongo;
    private ClientSummaryProjection projection;

    @BeforeEach
    void setUp() {
        mongo = new InMemoryMongo();
        projection = new ClientSummaryProjection(mongo.database("test"), new ObjectMapper().registerModule(new JavaTimeModule()));
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void a_registered_client_reads_back_with_its_tier_and_exact_revenue() {
        projection.on(registered("c-1", "1000000.00", Tier.GOLD, "2026-03-02T09:15:00.123456789Z"));

        ClientSummary summary = projection.handle(new FindClientQuery("c-1")).orElseThrow();
        assertThat(summary.tier()).isEqualTo(Tier.GOLD);
        assertThat(summary.engagementLevel()).isEqualTo(Tier.GOLD.engagementLevel());
        assertThat(summary.annualRevenue().amount()).isEqualByComparingTo(new BigDecimal("1000000.00"));
        assertThat(summary.annualRevenue().amount().scale()).isEqualTo(2);
        assertThat(summary.email()).isEqualTo("ops@acme.example");
        assertThat(summary.marketingConsent()).containsEntry(Channel.EMAIL, true);
        assertThat(summary.registeredAt()).isEqualTo(Instant.parse("2026-03-02T09:15:00.123456789Z"));
    }

    @Test
    void clients_are_listed_oldest_first_and_filtered_by_tier() {
        projection.on(registered("c-2", "50", Tier.BRONZE, "2026-03-03T00:00:00Z"));
        projection.on(registered("c-1", "2000000", Tier.PLATINUM, "2026-03-01T00:00:00Z"));
        projection.on(registered("c-3", "60", Tier.BRONZE, "2026-03-02T00:00:00Z"));

        assertThat(projection.handle(new FindClientsQuery(null, 0, 100)).clients()).extracting(ClientSummary::id)
                .containsExactly("c-1", "c-3", "c-2");
        assertThat(projection.handle(new FindClientsQuery(Tier.BRONZE, 0, 100)).clients()).extracting(ClientSummary::id)
                .containsExactly("c-3", "c-2");
        assertThat(projection.handle(new FindClientsQuery(Tier.GOLD, 0, 100)).clients()).isEmpty();
    }

    @Test
    void c2_the_last_page_of_a_tier_holds_its_newest_client_and_the_total_counts_the_tier() {
        projection.on(registered("c-2", "50", Tier.BRONZE, "2026-03-03T00:00:00Z"));
        projection.on(registered("c-1", "2000000", Tier.PLATINUM, "2026-03-01T00:00:00Z"));
        projection.on(registered("c-3", "60", Tier.BRONZE, "2026-03-02T00:00:00Z"));

        ClientPage last = projection.handle(new FindClientsQuery(Tier.BRONZE, 1, 1));

        assertThat(last.clients()).extracting(ClientSummary::id).containsExactly("c-2");
        assertThat(last.total()).isEqualTo(2);
    }

    @Test
    void handling_the_same_event_twice_leaves_one_client() {
        ClientRegisteredEvent event = registered("c-1", "100", Tier.BRONZE, "2026-03-01T00:00:00Z");
        projection.on(event);
        projection.on(event);

        assertThat(projection.handle(new FindClientsQuery(null, 0, 100)).clients()).hasSize(1);
    }

    @Test
    void a_reset_empties_the_read_model_for_a_rebuild() {
        projection.on(registered("c-1", "100", Tier.BRONZE, "2026-03-01T00:00:00Z"));
        projection.reset();

        assertThat(projection.handle(new FindClientQuery("c-1"))).isEmpty();
    }

    @Test
    void c2_a_tier_change_moves_the_client_to_the_new_tier_with_its_engagement_level() {
        projection.on(registered("c-1", "250000", Tier.SILVER, "2026-03-01T00:00:00Z"));

        projection.on(new AnnualRevenueChangedEvent("c-1", Money.of("250000", "USD"), Money.of("600000", "USD"),
                "new contract", AT));
        projection.on(new TierChangedEvent("c-1", Tier.SILVER, Tier.GOLD, Tier.GOLD.engagementLevel(), "new contract",
                AT));

        ClientSummary summary = projection.handle(new FindClientQuery("c-1")).orElseThrow();
        assertThat(summary.tier()).isEqualTo(Tier.GOLD);
        assertThat(summary.engagementLevel()).isEqualTo(EngagementLevel.MEDIUM);
        assertThat(summary.annualRevenue()).isEqualTo(Money.of("600000", "USD"));
        assertThat(projection.handle(new FindClientsQuery(Tier.SILVER, 0, 100)).clients()).isEmpty();
    }

    @Test
    void c1_c3_c4_c5_c6_the_summary_follows_consultation_manager_consent_agreements_and_memberships() {
        projection.on(registered("c-1", "250000", Tier.SILVER, "2026-03-01T00:00:00Z"));
        assertThat(projection.handle(new FindClientQuery("c-1")).orElseThrow().consultationDone()).isFalse();

        projection.on(new ConsultationHeldEvent("c-1", "k-1", true, AT, "n", "i", "c", true, "alice"));
        projection.on(new AccountManagerReassignedEvent("c-1", "alice", "bob", "leave", AT));
        projection.on(new MarketingConsentChangedEvent("c-1", Channel.SMS, true, AT));
        projection.on(new RecommendationMadeEvent("c-1", "r-1", "x", List.of("p1", "p2"), List.of("s1", "s2"), "bob", AT));
        projection.on(new AgreementSignedEvent("c-1", "a-1", "r-1", List.of("p1"), List.of(), AT));
        projection.on(new AgreementSignedEvent("c-1", "a-1", "r-1", List.of("p1"), List.of(), AT));
        projection.on(new RewardsClubMembershipChangedEvent("c-1", true, AT));
        projection.on(new NewsletterSubscriptionChangedEvent("c-1", true, AT));

        ClientSummary summary = projection.handle(new FindClientQuery("c-1")).orElseThrow();
        assertThat(summary.consultationDone()).isTrue();
        assertThat(summary.initialConsultationAt()).isEqualTo(AT);
        assertThat(summary.accountManager()).isEqualTo("bob");
        assertThat(summary.marketingConsent()).containsEntry(Channel.SMS, true).containsEntry(Channel.EMAIL, true);
        assertThat(summary.agreementStatus()).isEqualTo(AgreementStatus.AGREED);
        assertThat(summary.agreementIds()).containsExactly("a-1");
        assertThat(summary.rewardsClubMember()).isTrue();
        assertThat(summary.newsletterSubscribed()).isTrue();
    }

    @Test
    void c8_erasure_blanks_personal_fields_and_keeps_tier_and_revenue() {
        projection.on(registered("c-1", "1000000.00", Tier.GOLD, "2026-03-01T00:00:00Z"));

        projection.on(new PersonalDataErasedEvent("c-1", "request", AT));

        ClientSummary summary = projection.handle(new FindClientQuery("c-1")).orElseThrow();
        assertThat(summary.name()).isEqualTo("[erased]");
        assertThat(summary.email()).isEqualTo("[erased]");
        assertThat(summary.phone()).isNull();
        assertThat(summary.personalDataErased()).isTrue();
        assertThat(summary.personalDataErasedAt()).isEqualTo(AT);
        assertThat(summary.tier()).isEqualTo(Tier.GOLD);
        assertThat(summary.annualRevenue()).isEqualTo(Money.of("1000000.00", "USD"));
    }

    private static ClientRegisteredEvent registered(String id, String revenue, Tier tier, String at) {
        return new ClientRegisteredEvent(id, "Acme " + id, ClientKind.ORGANISATION,
                new ContactDetails("ops@acme.example", null, null), Money.of(revenue, "USD"), tier,
                tier.engagementLevel(), "alice", List.of(Channel.EMAIL), Map.of(Channel.EMAIL, true), Instant.parse(at));
    }
}
