package com.clientcare.query.client;

import com.clientcare.query.infra.InMemoryMongo;
import com.clientcare.shared.client.ClientKind;
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

        assertThat(projection.handle(new FindClientsQuery(null))).extracting(ClientSummary::id)
                .containsExactly("c-1", "c-3", "c-2");
        assertThat(projection.handle(new FindClientsQuery(Tier.BRONZE))).extracting(ClientSummary::id)
                .containsExactly("c-3", "c-2");
        assertThat(projection.handle(new FindClientsQuery(Tier.GOLD))).isEmpty();
    }

    @Test
    void handling_the_same_event_twice_leaves_one_client() {
        ClientRegisteredEvent event = registered("c-1", "100", Tier.BRONZE, "2026-03-01T00:00:00Z");
        projection.on(event);
        projection.on(event);

        assertThat(projection.handle(new FindClientsQuery(null))).hasSize(1);
    }

    @Test
    void a_reset_empties_the_read_model_for_a_rebuild() {
        projection.on(registered("c-1", "100", Tier.BRONZE, "2026-03-01T00:00:00Z"));
        projection.reset();

        assertThat(projection.handle(new FindClientQuery("c-1"))).isEmpty();
    }

    private static ClientRegisteredEvent registered(String id, String revenue, Tier tier, String at) {
        return new ClientRegisteredEvent(id, "Acme " + id, ClientKind.ORGANISATION,
                new ContactDetails("ops@acme.example", null, null), Money.of(revenue, "USD"), tier,
                tier.engagementLevel(), "alice", List.of(Channel.EMAIL), Map.of(Channel.EMAIL, true), Instant.parse(at));
    }
}
