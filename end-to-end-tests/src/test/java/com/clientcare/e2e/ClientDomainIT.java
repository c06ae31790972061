package com.clientcare.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Each client rule (C1..C8) over HTTP: its happy path, its rejection (which records nothing), and the read model. */
class ClientDomainIT {

    private static final Duration CATCH_UP = Duration.ofSeconds(30);
    private static SharedSystem system;

    @BeforeAll
    static void startSystem() {
        system = SharedSystem.get();
    }

    @Test
    void c1_the_initial_consultation_must_explain_the_clients_rights() {
        String id = registerClient("250000", "Consulted Ltd", "ops@consulted.example");
        assertRule(post(id, "/consultations", "{\"needs\": \"payroll\", \"rightsExplained\": false,"
                + " \"handledBy\": \"alice\"}"), "C1");
        assertThat(post(id, "/consultations", "{\"needs\": \"payroll\", \"rightsExplained\": true,"
                + " \"handledBy\": \"alice\"}").status()).isEqualTo(201);
        awaitSummary(id, summary -> summary.get("consultationDone").asBoolean());
    }

    @Test
    void c2_a_revenue_change_across_a_boundary_changes_the_tier() {
        String id = registerClient("999999.99", "Growing Ltd", "ops@growing.example");
        assertThat(Http.put(system.command("/api/clients/" + id + "/annual-revenue"),
                "{\"annualRevenue\": {\"amount\": \"1000000.01\", \"currency\": \"USD\"}, \"reason\": \"merger\"}")
                .status()).isEqualTo(204);
        assertRule(Http.put(system.command("/api/clients/" + id + "/annual-revenue"),
                "{\"annualRevenue\": {\"amount\": \"5\", \"currency\": \"EUR\"}, \"reason\": \"x\"}"), "C2");
        JsonNode summary = awaitSummary(id, s -> s.get("tier").asText().equals("PLATINUM"));
        assertThat(summary.get("engagementLevel").asText()).isEqualTo("HIGH");
        assertThat(summary.get("annualRevenue").get("amount").asText()).isEqualTo("1000000.01");
    }

    @Test
    void c3_the_account_manager_is_reassigned_with_a_reason() {
        String id = registerClient("1", "Managed Ltd", "ops@managed.example");
        Http.Response noReason = Http.put(system.command("/api/clients/" + id + "/account-manager"),
                "{\"accountManager\": \"bob\"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().get("errors").findValuesAsText("field")).contains("reason");
        assertThat(Http.put(system.command("/api/clients/" + id + "/account-manager"),
                "{\"accountManager\": \"bob\", \"reason\": \"alice on leave\"}").status()).isEqualTo(204);
        awaitSummary(id, s -> s.get("accountManager").asText().equals("bob"));
    }

    @Test
    void c4_two_products_and_two_services_are_recommended_and_an_agreement_takes_only_those() {
        String id = registerClient("250000", "Matched Ltd", "ops@matched.example");
        post(id, "/consultations", "{\"rightsExplained\": true, \"handledBy\": \"alice\"}");
        assertRule(post(id, "/recommendations", "{\"needsAnalysis\": \"x\", \"products\": [\"a\", \"b\", \"c\"],"
                + " \"services\": [\"s\", \"t\"]}"), "C4");
        Http.Response recommended = post(id, "/recommendations", "{\"needsAnalysis\": \"needs payroll\","
                + " \"products\": [\"payroll\", \"pension\"], \"services\": [\"audit\", \"advice\"]}");
        assertThat(recommended.status()).isEqualTo(201);
        String recommendation = recommended.body().get("id").asText();
        assertRule(post(id, "/agreements", "{\"recommendationId\": \"" + recommendation + "\","
                + " \"products\": [\"crypto\"], \"services\": []}"), "C4");
        assertThat(post(id, "/agreements", "{\"recommendationId\": \"" + recommendation + "\","
                + " \"products\": [\"payroll\"], \"services\": [\"audit\"]}").status()).isEqualTo(201);
        awaitSummary(id, s -> s.get("agreementStatus").asText().equals("AGREED"));
    }

    @Test
    void c5_purchases_marketing_responses_and_memberships_are_recorded() {
        String id = registerClient("250000", "Buyer Ltd", "ops@buyer.example");
        assertThat(post(id, "/transactions", "{\"amount\": {\"amount\": \"0.10\", \"currency\": \"USD\"},"
                + " \"description\": \"fee\"}").status()).isEqualTo(201);
        assertThat(post(id, "/transactions", "{\"amount\": {\"amount\": \"0.20\", \"currency\": \"USD\"}}").status())
                .isEqualTo(201);
        assertThat(post(id, "/transactions", "{\"amount\": {\"amount\": \"-1\", \"currency\": \"USD\"}}").status())
                .isEqualTo(400);
        String campaign = "spring-" + UUID.randomUUID();
        assertRule(post(id, "/marketing-responses", "{\"campaign\": \"" + campaign + "\", \"channel\": \"EMAIL\","
                + " \"outcome\": \"CONVERTED\"}"), "C5");
        assertThat(post(id, "/marketing-messages", "{\"campaign\": \"" + campaign + "\", \"channel\": \"EMAIL\"}")
                .status()).isEqualTo(201);
        assertThat(post(id, "/marketing-responses", "{\"campaign\": \"" + campaign + "\", \"channel\": \"EMAIL\","
                + " \"outcome\": \"CONVERTED\"}").status()).isEqualTo(201);
        assertThat(Http.put(system.command("/api/clients/" + id + "/rewards-club"), "{\"member\": true}").status())
                .isEqualTo(204);

        String purchases = system.query("/api/clients/" + id + "/transactions");
        Eventually.within(CATCH_UP, "two purchases", () -> Http.get(purchases).status() == 200
                && Http.get(purchases).body().get("transactions").size() == 2);
        assertThat(Http.get(purchases).body().get("totals").get(0).get("amount").asText()).isEqualTo("0.30");
        String rates = system.query("/api/marketing/response-rates?campaign=" + campaign);
        // the campaign's row appears with the message; the response may be handled a moment later
        Eventually.within(CATCH_UP, "the campaign's response", () ->
                Http.get(rates).body().path(0).path("converted").asInt() == 1);
        assertThat(Http.get(rates).body().size()).isEqualTo(1);
        awaitSummary(id, s -> s.get("rewardsClubMember").asBoolean());
    }

    @Test
    void c6_marketing_goes_only_where_the_client_consented() {
        String id = registerClient("250000", "Consent Ltd", "ops@consent.example");
        assertRule(post(id, "/marketing-messages", "{\"campaign\": \"spring\", \"channel\": \"SMS\"}"), "C6");
        assertThat(Http.put(system.command("/api/clients/" + id + "/marketing-consent"), "{\"SMS\": true}").status())
                .isEqualTo(204);
        assertThat(post(id, "/marketing-messages", "{\"campaign\": \"spring\", \"channel\": \"SMS\"}").status())
                .isEqualTo(201);
        awaitSummary(id, s -> s.get("marketingConsent").path("SMS").asBoolean());
    }

    @Test
    void c7_feedback_out_of_range_is_400_and_valid_feedback_shows_in_the_trends() {
        String id = registerClient("250000", "Happy Ltd", "ops@happy.example");
        Http.Response outOfRange = post(id, "/feedback", "{\"csat\": 6, \"nps\": 11, \"context\": \"PERIODIC\"}");
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(outOfRange.body().get("errors").findValuesAsText("field")).contains("csat", "nps");
        Http.Response unscored = post(id, "/feedback", "{\"comment\": \"hi\", \"context\": \"PERIODIC\"}");
        assertThat(unscored.status()).isEqualTo(400);
        assertThat(post(id, "/feedback", "{\"csat\": 5, \"nps\": 10, \"context\": \"INTERACTION\","
                + " \"occurredAt\": \"2025-02-10T10:00:00Z\"}").status()).isEqualTo(201);

        String trends = system.query("/api/satisfaction/trends?granularity=MONTH&from=2025-02-01&to=2025-03-01"
                + "&accountManager=alice");
        Eventually.within(CATCH_UP, "a February 2025 answer", () -> Http.get(trends).body().path(0)
                .path("responses").asInt() >= 1);
        Http.Response csv = Http.get(system.query("/api/satisfaction/trends.csv?granularity=QUARTER"));
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.text()).startsWith("period,responses,csatResponses,csatAverage").contains("2025-Q1");
        Http.Response chart = Http.get(system.query("/api/satisfaction/trends/chart.svg?granularity=QUARTER"));
        assertThat(chart.contentType()).startsWith("image/svg+xml");
        assertThat(chart.text()).startsWith("<svg").contains("2025-Q1");
    }

    @Test
    void c8_erasure_leaves_no_personal_field_in_clear_anywhere_in_mongodb() {
        String name = "Erasable " + UUID.randomUUID();
        String email = "erase-" + UUID.randomUUID() + "@example.org";
        String id = registerClient("250000", name, email);
        post(id, "/interactions", "{\"channel\": \"EMAIL\", \"direction\": \"INBOUND\", \"purpose\": \"ENQUIRY\","
                + " \"handledBy\": \"alice\", \"summary\": \"" + name + " asked\"}");
        post(id, "/transactions", "{\"amount\": {\"amount\": \"12.34\", \"currency\": \"USD\"}, \"description\": \""
                + name + "\"}");
        awaitSummary(id, s -> s.get("name").asText().equals(name));
        try (MongoClient mongo = MongoClients.create(system.mongoUri)) {
            assertThat(collectionsHolding(mongo, name, email))
                    .as("before erasure only read models hold personal data in clear; events are encrypted")
                    .isSubsetOf(Set.of("client_summaries", "client_interactions", "client_purchases"));

            Http.Response export = Http.get(system.command("/api/clients/" + id + "/personal-data"));
            assertThat(export.status()).isEqualTo(200);
            assertThat(export.body().toString()).contains(name, email);

            assertThat(Http.delete(system.command("/api/clients/" + id + "/personal-data"),
                    "{\"reason\": \"client request\"}").status()).isEqualTo(204);

            Eventually.within(CATCH_UP, "no personal field in clear in any collection",
                    () -> collectionsHolding(mongo, name, email).isEmpty());
        }
        JsonNode summary = awaitSummary(id, s -> s.get("personalDataErased").asBoolean());
        assertThat(summary.get("name").asText()).isEqualTo("[erased]");
        assertThat(summary.get("tier").asText()).isEqualTo("SILVER");
        assertThat(summary.get("annualRevenue").get("amount").asText()).isEqualTo("250000");
        JsonNode export = Http.get(system.command("/api/clients/" + id + "/personal-data")).body();
        assertThat(export.get("erased").asBoolean()).isTrue();
        assertThat(export.toString()).doesNotContain(name, email).contains("[erased]", "12.34");
        assertRule(post(id, "/transactions", "{\"amount\": {\"amount\": \"1\", \"currency\": \"USD\"}}"), "C8");
    }

    private static Set<String> collectionsHolding(MongoClient mongo, String... secrets) {
        Set<String> holding = new HashSet<>();
        for (String databaseName : mongo.listDatabaseNames()) {
            MongoDatabase database = mongo.getDatabase(databaseName);
            for (String collection : database.listCollectionNames()) {
                for (Document document : database.getCollection(collection).find()) {
                    String json = document.toJson();
                    if (List.of(secrets).stream().anyMatch(json::contains)) {
                        holding.add(collection);
                    }
                }
            }
        }
        return holding;
    }

    private static String registerClient(String revenue, String name, String email) {
        String id = "c-" + UUID.randomUUID();
        Http.Response created = Http.post(system.command("/api/clients"), """
                {"id": "%s", "name": "%s", "kind": "ORGANISATION", "email": "%s",
                 "annualRevenue": {"amount": "%s", "currency": "USD"}, "accountManager": "alice",
                 "marketingConsent": {"EMAIL": true}, "registeredAt": "%s"}
                """.formatted(id, name, email, revenue, ClientJourneyIT.ONBOARDED));
        assertThat(created.status()).isEqualTo(201);
        return id;
    }

    private static Http.Response post(String clientId, String path, String json) {
        return Http.post(system.command("/api/clients/" + clientId + path), json);
    }

    private static void assertRule(Http.Response response, String rule) {
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("rule").asText()).isEqualTo(rule);
    }

    private static JsonNode awaitSummary(String id, java.util.function.Predicate<JsonNode> condition) {
        String url = system.query("/api/clients/" + id);
        Eventually.within(CATCH_UP, "client " + id + " to reach the expected state", () -> {
            Http.Response response = Http.get(url);
            return response.status() == 200 && condition.test(response.body());
        });
        return Http.get(url).body();
    }
}
