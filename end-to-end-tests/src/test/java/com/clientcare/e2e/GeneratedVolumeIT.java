package com.clientcare.e2e;

import com.clientcare.volume.ClientScript;
import com.clientcare.volume.GenerateVolume;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The volume generator against both applications: every generated command is accepted, reruns send nothing. */
class GeneratedVolumeIT {

    private static final long SEED = 5;
    private static final int CLIENTS = 40;
    private static final Duration CATCH_UP = Duration.ofSeconds(90);
    private static SharedSystem system;
    private static Path checkpoint;
    private static GenerateVolume.Outcome first;

    @BeforeAll
    static void generate() throws Exception {
        system = SharedSystem.get();
        checkpoint = Files.createTempDirectory("volume").resolve("seed5.checkpoint");
        first = run();
    }

    @Test
    void every_generated_command_is_accepted_by_the_rules() {
        assertThat(first.errors()).isZero();
        assertThat(first.sent()).isGreaterThan(CLIENTS * 8L);
    }

    @Test
    void a_second_run_with_the_same_checkpoint_sends_nothing() throws Exception {
        assertThat(run().sent()).isZero();
    }

    @Test
    void a_generated_client_reads_back_with_every_interaction_of_its_script() {
        String id = ClientScript.clientId(SEED, 3);
        long interactions = ClientScript.of(SEED, 3, Instant.now().truncatedTo(ChronoUnit.DAYS)).stream()
                .filter(request -> request.path().endsWith("/interactions")).count();
        Eventually.within(CATCH_UP, "the client's interactions on the query side", () ->
                Http.get(system.query("/api/clients/" + id + "/interactions")).body().size() == interactions);
    }

    @Test
    void a_replay_of_every_projection_over_the_generated_data_finds_no_difference() {
        Eventually.within(CATCH_UP, "every projection caught up", () -> {
            JsonNode projections = Http.get(system.query("/api/admin/projections")).body();
            for (JsonNode projection : projections) {
                if (projection.path("behind").asLong() > 0) {
                    return false;
                }
            }
            return true;
        });
        List<String> reports = new ArrayList<>();
        for (JsonNode projection : Http.as("auditor").send("GET", system.query("/api/audit/replays"), null).body()) {
            Http.Response started = Http.post(system.query("/api/audit/replays"),
                    "{\"projection\": \"" + projection.asText() + "\"}");
            assertThat(started.status()).isEqualTo(202);
            reports.add(system.query(started.location()));
        }
        for (String report : reports) {
            Eventually.within(CATCH_UP, "the replay to finish", () -> Http.get(report).body().path("status").asText()
                    .matches("NO_DIFFERENCES|DIFFERENCES_FOUND|FAILED"));
            JsonNode finished = Http.get(report).body();
            assertThat(finished.get("status").asText()).as(finished.toString()).isEqualTo("NO_DIFFERENCES");
        }
    }

    private static GenerateVolume.Outcome run() throws InterruptedException {
        return GenerateVolume.generate("--command-side=" + system.commandSide.baseUrl(), "--clients=" + CLIENTS,
                "--seed=" + SEED, "--concurrency=4", "--checkpoint=" + checkpoint);
    }
}
