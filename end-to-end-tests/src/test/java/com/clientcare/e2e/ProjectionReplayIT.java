package com.clientcare.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Read models rebuilt from the log: beside the live one and compared with it, or in place by a reset. */
class ProjectionReplayIT {

    private static final Duration REBUILD = Duration.ofSeconds(60);
    private static SharedSystem system;

    @BeforeAll
    static void startSystem() {
        system = SharedSystem.get();
    }

    @Test
    void a_replay_of_the_client_summaries_beside_the_live_ones_finds_no_difference() {
        String id = registerClient();
        Http.put(system.command("/api/clients/" + id + "/annual-revenue"),
                "{\"annualRevenue\": {\"amount\": \"2000000\", \"currency\": \"USD\"}, \"reason\": \"merger\"}");
        Eventually.within(REBUILD, "the tier change on the live read model", () ->
                "PLATINUM".equals(Http.get(system.query("/api/clients/" + id)).body().path("tier").asText()));

        Http.Response started = Http.post(system.query("/api/audit/replays"), "{\"projection\": \"client-summary\"}");
        assertThat(started.status()).isEqualTo(202);
        String report = system.query(started.location());
        Eventually.within(REBUILD, "the replay to finish", () -> {
            String status = Http.as("auditor").send("GET", report, null).body().path("status").asText();
            return status.equals("NO_DIFFERENCES") || status.equals("DIFFERENCES_FOUND") || status.equals("FAILED");
        });
        JsonNode finished = Http.as("auditor").send("GET", report, null).body();
        assertThat(finished.get("differences")).as(finished.toString()).isEmpty();
        assertThat(finished.get("status").asText()).isEqualTo("NO_DIFFERENCES");
        assertThat(finished.get("processed").asLong()).isPositive();
        assertThat(finished.get("documentsCompared").asInt()).isPositive();
    }

    @Test
    void a_replay_of_the_service_level_clocks_finds_no_difference() {
        String id = registerClient();
        Http.post(system.command("/api/complaints"), "{\"clientId\": \"" + id + "\", \"channel\": \"EMAIL\","
                + " \"category\": \"SERVICE\", \"description\": \"x\", \"receivedAt\": \"2026-01-05T10:00:00Z\"}");
        Eventually.within(REBUILD, "the complaint's breached clocks", () ->
                Http.get(system.query("/api/sla/clocks?clientId=" + id + "&status=BREACHED")).body().size() == 3);

        Http.Response started = Http.post(system.query("/api/audit/replays"), "{\"projection\": \"service-levels\"}");
        assertThat(started.status()).isEqualTo(202);
        String report = system.query(started.location());
        Eventually.within(REBUILD, "the replay to finish", () -> Http.get(report).body().path("status").asText()
                .matches("NO_DIFFERENCES|DIFFERENCES_FOUND|FAILED"));
        JsonNode finished = Http.get(report).body();
        assertThat(finished.get("status").asText()).as(finished.toString()).isEqualTo("NO_DIFFERENCES");
    }

    @Test
    void replays_asked_for_together_wait_queued_are_read_together_and_each_finishes() {
        registerClient();
        List<String> reports = new ArrayList<>();
        List<String> together = List.of("client-summary", "complaints-log", "aggregate-versions");
        for (String projection : together) {
            Http.Response started = Http.post(system.query("/api/audit/replays"),
                    "{\"projection\": \"" + projection + "\"}");
            assertThat(started.status()).isEqualTo(202);
            assertThat(started.body().path("status").asText()).as(projection).isEqualTo("QUEUED");
            reports.add(system.query(started.location()));
        }
        for (String report : reports) {
            Eventually.within(REBUILD, "the replay to finish", () -> List.of("NO_DIFFERENCES", "DIFFERENCES_FOUND",
                    "FAILED").contains(Http.as("auditor").send("GET", report, null).body().path("status").asText()));
            JsonNode finished = Http.as("auditor").send("GET", report, null).body();
            assertThat(finished.get("status").asText()).as(finished.toString()).isEqualTo("NO_DIFFERENCES");
            List<String> readWith = new ArrayList<>();
            finished.path("readWith").forEach(name -> readWith.add(name.asText()));
            readWith.add(finished.path("projection").asText());
            assertThat(readWith).as("one reading of the log for the replays asked for together")
                    .containsExactlyInAnyOrderElementsOf(together);
        }
        String id = reports.get(0).substring(reports.get(0).lastIndexOf('/') + 1);
        String console = Http.as("auditor").send("GET", system.query("/console/audit/projections?replay=" + id), null)
                .text();
        assertThat(console).contains("Read with", "complaints-log, aggregate-versions");
    }

    @Test
    void an_unknown_projection_is_404_and_only_an_admin_may_replay() {
        assertThat(Http.post(system.query("/api/audit/replays"), "{\"projection\": \"nothing\"}").status())
                .isEqualTo(404);
        assertThat(Http.as("auditor").send("POST", system.query("/api/audit/replays"),
                "{\"projection\": \"client-summary\"}").status()).isEqualTo(403);
    }

    @Test
    void a_reset_rebuilds_a_live_projection_in_place() {
        String id = registerClient();
        String client = system.query("/api/clients/" + id);
        Eventually.within(REBUILD, "the client on the query side", () -> Http.get(client).status() == 200);

        Http.Response reset = Http.post(system.query("/api/admin/projections/client-interactions/reset"), "");
        assertThat(reset.status()).isEqualTo(202);
        assertThat(Http.post(system.command("/api/clients/" + id + "/interactions"), "{\"channel\": \"EMAIL\","
                + " \"direction\": \"INBOUND\", \"purpose\": \"ENQUIRY\", \"handledBy\": \"alice\"}").status())
                .isEqualTo(201);
        String status = system.query("/api/admin/projections/client-interactions");
        Eventually.within(REBUILD, "the rebuilt projection to catch up", () -> {
            JsonNode now = Http.get(status).body();
            return !now.path("replaying").asBoolean() && now.path("behind").asLong(-1) == 0;
        });
        assertThat(Http.get(client + "/interactions").body().size()).isEqualTo(1);
    }

    private static String registerClient() {
        String id = "c-" + UUID.randomUUID();
        assertThat(Http.post(system.command("/api/clients"), ClientJourneyIT.clientJson(id, "250000", "USD")).status())
                .isEqualTo(201);
        return id;
    }
}
