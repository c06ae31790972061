package com.clientcare.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Auditors see a client as it stood at any instant, by recorded time or by business time. */
class ClientAuditIT {

    private static SharedSystem system;

    @BeforeAll
    static void startSystem() {
        system = SharedSystem.get();
    }

    @Test
    void a_client_as_of_before_and_after_a_tier_change() {
        String id = "c-" + UUID.randomUUID();
        assertThat(Http.post(system.command("/api/clients"), """
                {"id": "%s", "name": "Audited Ltd", "kind": "ORGANISATION", "accountManager": "alice",
                 "annualRevenue": {"amount": "250000", "currency": "USD"}, "registeredAt": "2026-01-05T09:00:00Z"}
                """.formatted(id)).status()).isEqualTo(201);
        Instant betweenRecordings = Instant.now();
        assertThat(Http.put(system.command("/api/clients/" + id + "/annual-revenue"), """
                {"annualRevenue": {"amount": "600000", "currency": "USD"}, "reason": "merger",
                 "changedAt": "2026-02-01T09:00:00Z"}
                """).status()).isEqualTo(204);

        JsonNode before = asOf(id, "asOf=" + betweenRecordings);
        assertThat(before.get("state").get("tier").asText()).isEqualTo("SILVER");
        assertThat(before.get("eventsApplied").asInt()).isEqualTo(1);
        JsonNode now = asOf(id, "");
        assertThat(now.get("state").get("tier").asText()).isEqualTo("GOLD");
        assertThat(now.get("lastSequence").asLong()).isEqualTo(2);

        JsonNode midJanuary = asOf(id, "asOf=2026-01-15T00:00:00Z&basis=BUSINESS");
        assertThat(midJanuary.get("state").get("tier").asText()).isEqualTo("SILVER");
        assertThat(midJanuary.get("state").get("annualRevenue").get("amount").asText()).isEqualTo("250000");
        assertThat(asOf(id, "asOf=2026-02-02T00:00:00Z&basis=BUSINESS").get("state").get("tier").asText())
                .isEqualTo("GOLD");

        Http.Response beforeRegistration = Http.as("auditor").send("GET",
                system.query("/api/audit/clients/" + id + "?asOf=2026-01-01T00:00:00Z&basis=BUSINESS"), null);
        assertThat(beforeRegistration.status()).isEqualTo(404);
        assertThat(beforeRegistration.contentType()).startsWith("application/problem+json");
    }

    private static JsonNode asOf(String id, String query) {
        Http.Response response = Http.as("auditor").send("GET",
                system.query("/api/audit/clients/" + id + "?" + query), null);
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }
}
