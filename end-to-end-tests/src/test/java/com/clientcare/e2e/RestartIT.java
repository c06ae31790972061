package com.clientcare.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default set-up of run.sh: the command side hosts the embedded store on its H2 file. Events, read models
 * and tracking tokens survive a restart of both applications; the query side may start before the store.
 */
class RestartIT {

    private static final Duration CATCH_UP = Duration.ofSeconds(30);

    @TempDir
    Path dataDirectory;

    @Test
    void events_and_projections_survive_a_restart_of_both_applications() {
        Map<String, String> embedded = Map.of(
                "DATA_DIR", dataDirectory.toString(),
                "EMBEDDED_MONGO_PORT", String.valueOf(ApplicationProcess.freePort()));
        String clientId = "c-" + UUID.randomUUID();

        try (ApplicationProcess querySide = Applications.querySide(embedded).start();
             ApplicationProcess commandSide = Applications.commandSide(embedded)) {
            // the query side is up first, while the store it needs is not yet there
            querySide.awaitHealthy();
            commandSide.start().awaitHealthy();
            assertThat(Http.post(commandSide.baseUrl() + "/api/clients",
                    ClientJourneyIT.clientJson(clientId, "1000000", "USD")).status()).isEqualTo(201);
            awaitStatus(querySide.baseUrl() + "/api/clients/" + clientId, 200);
        }

        try (ApplicationProcess commandSide = Applications.commandSide(embedded).start();
             ApplicationProcess querySide = Applications.querySide(embedded).start()) {
            commandSide.awaitHealthy();
            querySide.awaitHealthy();

            JsonNode client = Http.get(querySide.baseUrl() + "/api/clients/" + clientId).body();
            assertThat(client.get("tier").asText()).isEqualTo("GOLD");

            // the aggregate is rebuilt from the stored events: it still knows the client
            assertThat(Http.post(commandSide.baseUrl() + "/api/clients/" + clientId + "/interactions",
                    "{\"channel\": \"EMAIL\", \"direction\": \"INBOUND\", \"purpose\": \"ENQUIRY\","
                            + " \"handledBy\": \"alice\"}").status()).isEqualTo(201);
            String history = querySide.baseUrl() + "/api/clients/" + clientId + "/interactions";
            Eventually.within(CATCH_UP, "the interaction recorded after the restart",
                    () -> Http.get(history).body().size() == 1);
        }
    }

    private static void awaitStatus(String url, int status) {
        Eventually.within(CATCH_UP, url + " to answer " + status, () -> Http.get(url).status() == status);
    }
}
