package com.clientcare.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registration and interactions (C1, C2, C5) over HTTP on the command side, reads polled on the query side.
 */
class ClientJourneyIT {

    private static final Duration CATCH_UP = Duration.ofSeconds(30);
    /** When the test clients were onboarded: long before any fact the tests date (C1). */
    static final String ONBOARDED = "2020-01-06T09:00:00Z";

    private static ApplicationProcess commandSide;
    private static ApplicationProcess querySide;

    @BeforeAll
    static void startSystem() {
        commandSide = SharedSystem.get().commandSide;
        querySide = SharedSystem.get().querySide;
    }

    @Test
    void c2_a_client_with_revenue_of_exactly_one_million_reads_back_as_gold() {
        String id = registerClient("1000000.00");

        JsonNode client = awaitClient(id);
        assertThat(client.get("tier").asText()).isEqualTo("GOLD");
        assertThat(client.get("engagementLevel").asText()).isEqualTo("MEDIUM");
        assertThat(client.get("annualRevenue").get("amount").asText()).isEqualTo("1000000.00");
        assertThat(client.get("annualRevenue").get("currency").asText()).isEqualTo("USD");
        assertThat(client.get("accountManager").asText()).isEqualTo("alice");
    }

    @Test
    void c2_each_tier_boundary_is_listed_under_its_tier() {
        Map<String, String> expected = Map.of(
                registerClient("1000000.01"), "PLATINUM",
                registerClient("500000"), "GOLD",
                registerClient("100000"), "SILVER",
                registerClient("99999.99"), "BRONZE");

        // a client's list entries are written after its document, so a client readable by id may not be listed yet
        expected.forEach((id, tier) -> Eventually.within(CATCH_UP, id + " listed under " + tier,
                () -> listed(tier).contains(id)));
    }

    /** Every page of one tier's clients (the list is paged, #16; the shared system holds many clients). */
    private List<String> listed(String tier) {
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode listed = Http.get(querySide.baseUrl() + "/api/clients?size=1000&tier=" + tier + "&page=" + page)
                    .body();
            if (listed.isEmpty()) {
                return ids;
            }
            listed.forEach(client -> ids.add(client.get("id").asText()));
        }
    }

    @Test
    void c5_the_interaction_history_is_served_oldest_first() {
        String id = registerClient("250000");
        assertThat(recordInteraction(id, "{\"channel\": \"PHONE\", \"direction\": \"OUTBOUND\", \"purpose\": \"RESPONSE\","
                + " \"handledBy\": \"bob\", \"occurredAt\": \"2026-03-02T11:00:00Z\"}").status()).isEqualTo(201);
        assertThat(recordInteraction(id, "{\"channel\": \"EMAIL\", \"direction\": \"INBOUND\", \"purpose\": \"ENQUIRY\","
                + " \"handledBy\": \"alice\", \"summary\": \"fees?\", \"occurredAt\": \"2026-03-02T09:00:00Z\"}").status())
                .isEqualTo(201);

        String url = querySide.baseUrl() + "/api/clients/" + id + "/interactions";
        Eventually.within(CATCH_UP, "two interactions of " + id, () -> Http.get(url).body().size() == 2);
        JsonNode history = Http.get(url).body();
        assertThat(history.get(0).get("channel").asText()).isEqualTo("EMAIL");
        assertThat(history.get(0).get("summary").asText()).isEqualTo("fees?");
        assertThat(history.get(0).get("occurredAt").asText()).isEqualTo("2026-03-02T09:00:00Z");
        assertThat(history.get(1).get("purpose").asText()).isEqualTo("RESPONSE");
    }

    @Test
    void rejected_commands_answer_problem_json_and_record_nothing() {
        Http.Response missingName = Http.post(commandSide.baseUrl() + "/api/clients",
                "{\"kind\": \"INDIVIDUAL\", \"accountManager\": \"alice\","
                        + " \"annualRevenue\": {\"amount\": 1, \"currency\": \"USD\"}}");
        assertThat(missingName.status()).isEqualTo(400);
        assertThat(missingName.contentType()).startsWith("application/problem+json");
        assertThat(missingName.body().get("errors").findValuesAsText("field")).contains("name");

        String euroClient = "eur-" + UUID.randomUUID();
        Http.Response euros = Http.post(commandSide.baseUrl() + "/api/clients", clientJson(euroClient, "1", "EUR"));
        assertThat(euros.status()).isEqualTo(422);
        assertThat(euros.body().get("rule").asText()).isEqualTo("C2");

        Http.Response unknownClient = recordInteraction(euroClient, "{\"channel\": \"EMAIL\", \"direction\": \"INBOUND\","
                + " \"purpose\": \"ENQUIRY\", \"handledBy\": \"alice\"}");
        assertThat(unknownClient.status()).isEqualTo(404);
        assertThat(unknownClient.contentType()).startsWith("application/problem+json");
    }

    @Test
    void the_query_side_answers_unknown_ids_and_bad_parameters_with_problem_json() {
        Http.Response unknown = Http.get(querySide.baseUrl() + "/api/clients/nobody-" + UUID.randomUUID());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");

        Http.Response badTier = Http.get(querySide.baseUrl() + "/api/clients?tier=WOOD");
        assertThat(badTier.status()).isEqualTo(400);
        assertThat(badTier.contentType()).startsWith("application/problem+json");
    }

    @Test
    void both_sides_publish_their_openapi_description() {
        assertThat(Http.get(commandSide.baseUrl() + "/v3/api-docs").body().get("paths").has("/api/clients")).isTrue();
        assertThat(Http.get(querySide.baseUrl() + "/v3/api-docs").body().get("paths").has("/api/clients/{clientId}"))
                .isTrue();
    }

    private static String registerClient(String revenue) {
        String id = "c-" + UUID.randomUUID();
        Http.Response created = Http.post(commandSide.baseUrl() + "/api/clients", clientJson(id, revenue, "USD"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.location()).isEqualTo("/api/clients/" + id);
        return id;
    }

    private static Http.Response recordInteraction(String clientId, String json) {
        return Http.post(commandSide.baseUrl() + "/api/clients/" + clientId + "/interactions", json);
    }

    private static JsonNode awaitClient(String id) {
        String url = querySide.baseUrl() + "/api/clients/" + id;
        Eventually.within(CATCH_UP, "client " + id + " on the query side", () -> Http.get(url).status() == 200);
        return Http.get(url).body();
    }

    /** A client onboarded years ago (C1: no fact of its file is dated before its registration). */
    static String clientJson(String id, String revenue, String currency) {
        return """
                {"id": "%s", "name": "Acme Ltd", "kind": "ORGANISATION", "email": "ops@acme.example",
                 "annualRevenue": {"amount": "%s", "currency": "%s"}, "accountManager": "alice",
                 "preferredChannels": ["EMAIL"], "marketingConsent": {"EMAIL": true, "SMS": false},
                 "registeredAt": "%s"}
                """.formatted(id, revenue, currency, ONBOARDED);
    }
}
