package com.clientcare.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The event log for auditors: who, when and why; by correlation; streamed; and tamper-evident. */
class AuditLogIT {

    private static SharedSystem system;

    @BeforeAll
    static void startSystem() {
        system = SharedSystem.get();
    }

    @Test
    void a_clients_events_are_listed_in_order_with_who_and_why_and_paged_by_global_index() {
        String id = registerClient();
        Http.as("consumer").send("PUT", system.command("/api/clients/" + id + "/account-manager"),
                "{\"accountManager\": \"bob\", \"reason\": \"leave\"}");

        JsonNode events = auditor("/api/audit/events?aggregateId=" + id);
        assertThat(events).hasSize(2);
        JsonNode registered = events.get(0);
        assertThat(registered.get("type").asText()).isEqualTo("ClientRegisteredEvent");
        assertThat(registered.get("sequence").asLong()).isZero();
        assertThat(registered.get("metadata").get("user").asText()).isEqualTo("admin");
        assertThat(registered.get("metadata").get("correlationId").asText()).isNotBlank();
        assertThat(registered.get("payload").get("tier").asText()).isEqualTo("SILVER");
        assertThat(events.get(1).get("metadata").get("user").asText()).isEqualTo("consumer");
        assertThat(events.get(1).get("globalIndex").asLong()).isGreaterThan(registered.get("globalIndex").asLong());

        JsonNode afterFirst = auditor("/api/audit/events?aggregateId=" + id + "&after="
                + registered.get("globalIndex").asLong());
        assertThat(afterFirst).hasSize(1);
        assertThat(auditor("/api/audit/events?type=AccountManagerReassignedEvent&user=consumer&limit=1000")
                .findValuesAsText("aggregateId")).contains(id);

        String correlation = registered.get("metadata").get("correlationId").asText();
        assertThat(auditor("/api/audit/correlations/" + correlation).findValuesAsText("aggregateId"))
                .containsExactly(id);

        Http.Response ndjson = Http.as("auditor").send("GET", system.query("/api/audit/clients/" + id
                + "/events.ndjson"), null);
        assertThat(ndjson.contentType()).startsWith("application/x-ndjson");
        assertThat(ndjson.text().split("\n")).hasSize(2);
    }

    @Test
    void the_hash_chain_is_intact_after_erasure_and_pinpoints_an_event_edited_in_mongodb() {
        String id = registerClient();
        assertThat(Http.delete(system.command("/api/clients/" + id + "/personal-data"), "{\"reason\": \"request\"}")
                .status()).isEqualTo(204);
        JsonNode intact = auditor("/api/audit/integrity");
        assertThat(intact.get("intact").asBoolean()).as(intact.toString()).isTrue();
        assertThat(intact.get("eventsChecked").asLong()).isPositive();

        long registeredAt = auditor("/api/audit/events?aggregateId=" + id).get(0).get("globalIndex").asLong();
        withRegistrationEdited(id, "PLATINUM", () -> {
            JsonNode broken = auditor("/api/audit/integrity");
            assertThat(broken.get("intact").asBoolean()).isFalse();
            assertThat(broken.get("firstBrokenAt").asLong()).isEqualTo(registeredAt);
            assertThat(broken.get("brokenCommit").asText()).isEqualTo(id + ":0");
        });
        assertThat(auditor("/api/audit/integrity").get("intact").asBoolean()).isTrue();
    }

    @Test
    void an_auditor_runs_an_integrity_check_in_the_background_and_reads_its_finding_and_a_broken_link() {
        String id = registerClient();
        long registeredAt = auditor("/api/audit/events?aggregateId=" + id).get(0).get("globalIndex").asLong();

        JsonNode intact = finishedCheck();
        assertThat(intact.get("status").asText()).as(intact.toString()).isEqualTo("INTACT");
        assertThat(intact.get("eventsChecked").asLong()).isGreaterThan(registeredAt);
        assertThat(intact.get("result").get("intact").asBoolean()).isTrue();

        withRegistrationEdited(id, "GOLD", () -> {
            JsonNode broken = finishedCheck();
            assertThat(broken.get("status").asText()).as(broken.toString()).isEqualTo("BROKEN");
            assertThat(broken.get("result").get("firstBrokenAt").asLong()).isEqualTo(registeredAt);
            assertThat(broken.get("result").get("brokenCommit").asText()).isEqualTo(id + ":0");
        });
    }

    /** Runs {@code check} while the client's registration in MongoDB names another tier, as a forger would. */
    private static void withRegistrationEdited(String id, String tier, Runnable check) {
        try (MongoClient mongo = MongoClients.create(system.mongoUri)) {
            MongoCollection<Document> streams = mongo.getDatabase("clientcare").getCollection("event_streams");
            Document original = streams.find(new Document("_id", id + ":0")).first();
            String payload = original.getList("events", Document.class).get(0).getString("payload");
            streams.updateOne(new Document("_id", id + ":0"), new Document("$set",
                    new Document("events.0.payload", payload.replace("\"SILVER\"", "\"" + tier + "\""))));
            try {
                check.run();
            } finally {
                streams.replaceOne(new Document("_id", id + ":0"), original);
            }
        }
    }

    @Test
    void an_integrity_check_is_started_by_an_auditor_not_an_analyst_and_an_unknown_one_is_not_found() {
        assertThat(Http.as("analyst").send("POST", system.query("/api/audit/integrity/checks"), null).status())
                .isEqualTo(403);
        Http.Response unknown = Http.as("auditor").send("GET", system.query("/api/audit/integrity/checks/nope"),
                null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text()).contains("integrity check");
    }

    /** Starts a check as an auditor and waits for its report to leave RUNNING. */
    private static JsonNode finishedCheck() {
        Http.Response started = Http.as("auditor").send("POST", system.query("/api/audit/integrity/checks"), null);
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        assertThat(started.body().get("status").asText()).isEqualTo("RUNNING");
        Eventually.within(java.time.Duration.ofSeconds(60), "the integrity check to finish",
                () -> !auditor(started.location()).get("status").asText().equals("RUNNING"));
        return auditor(started.location());
    }

    @Test
    void c8_once_the_erasure_answers_the_audit_log_of_the_other_application_shows_the_data_erased() {
        String id = registerClient();
        assertThat(auditor("/api/audit/events?aggregateId=" + id).toString()).contains("ops@acme.example");

        assertThat(Http.delete(system.command("/api/clients/" + id + "/personal-data"), "{\"reason\": \"request\"}")
                .status()).isEqualTo(204);

        JsonNode registered = auditor("/api/audit/events?aggregateId=" + id).get(0);
        assertThat(registered.toString()).doesNotContain("ops@acme.example", "Acme Ltd");
        assertThat(registered.get("payload").get("name").asText()).isEqualTo("[erased]");
    }

    private static JsonNode auditor(String path) {
        Http.Response response = Http.as("auditor").send("GET", system.query(path), null);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.body();
    }

    private static String registerClient() {
        String id = "c-" + UUID.randomUUID();
        assertThat(Http.post(system.command("/api/clients"), ClientJourneyIT.clientJson(id, "250000", "USD")).status())
                .isEqualTo(201);
        return id;
    }
}
