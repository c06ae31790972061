package com.clientcare.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Complaints and service levels over HTTP (K1..K8, S1..S7), read back on the query side. */
class ComplaintJourneyIT {

    private static final Duration CATCH_UP = Duration.ofSeconds(45);
    private static SharedSystem system;

    @BeforeAll
    static void startSystem() {
        system = SharedSystem.get();
    }

    @Test
    void s5_k4_a_complaint_received_29_days_ago_is_breached_at_once_and_escalates_by_itself() {
        String clientId = registerClient();
        Instant received = Instant.now().minus(29, ChronoUnit.DAYS);
        String complaintId = logComplaint(clientId, received, true);

        String clocks = system.query("/api/sla/clocks?complaintId=" + complaintId + "&rule=S5");
        Eventually.within(CATCH_UP, "the S5 breach", () ->
                "BREACHED".equals(Http.get(clocks).body().path(0).path("status").asText()));
        JsonNode s5 = Http.get(clocks).body().get(0);
        assertThat(Instant.parse(s5.get("breachedAt").asText())).isEqualTo(Instant.parse(s5.get("deadline").asText()));
        assertThat(s5.get("policyVersion").asInt()).isEqualTo(1);

        String complaint = system.query("/api/complaints/" + complaintId);
        Eventually.within(CATCH_UP, "the automatic escalation caused by the S5 breach", () ->
                Http.get(complaint).body().path("escalations").findValuesAsText("causedByClock").stream()
                        .anyMatch(clock -> clock.startsWith("S5:")));
        JsonNode view = Http.get(complaint).body();
        assertThat(view.get("escalations").findValuesAsText("causedByClock")).anyMatch(clock -> clock.startsWith("S5:"));
        assertThat(view.get("escalationLevel").asText()).isNotEqualTo("ACCOUNT_MANAGER");
        assertThat(view.get("awaitingInsurerNotification").asBoolean()).isTrue();

        JsonNode breaches = Http.get(system.query("/api/sla/breaches?rule=S5&size=1000")).body();
        assertThat(breaches.findValuesAsText("complaintId")).contains(complaintId);

        // as of two hours after receipt (business time) the S5 clock was running and nothing was escalated (#7)
        JsonNode then = Http.as("auditor").send("GET", system.query("/api/audit/complaints/" + complaintId
                + "?basis=BUSINESS&asOf=" + received.plus(2, ChronoUnit.HOURS)), null).body();
        assertThat(then.get("complaint").get("state").get("escalations")).isEmpty();
        assertThat(then.get("clocks").findValuesAsText("status")).contains("RUNNING");
        JsonNode now = Http.as("auditor").send("GET", system.query("/api/audit/complaints/" + complaintId), null).body();
        assertThat(now.get("clocks")).anyMatch(clock -> clock.get("rule").asText().equals("S5")
                && clock.get("status").asText().equals("BREACHED"));

        // the breach and the escalation it caused share the complaint's correlation id (#7)
        String correlation = Http.as("auditor").send("GET", system.query("/api/audit/events?aggregateId="
                + complaintId), null).body().get(0).get("metadata").get("correlationId").asText();
        JsonNode caused = Http.as("auditor").send("GET", system.query("/api/audit/correlations/" + correlation),
                null).body();
        assertThat(caused.findValuesAsText("type")).contains("ComplaintLoggedEvent", "ClockStartedEvent",
                "ClockBreachedEvent", "ComplaintEscalatedEvent");
    }

    @Test
    void s7_an_assessment_dated_in_time_but_recorded_after_the_s4_breach_retracts_the_breach() {
        String clientId = registerClient();
        Instant received = Instant.now().minus(3, ChronoUnit.DAYS);
        String complaintId = logComplaint(clientId, received, false);
        String s4 = system.query("/api/sla/clocks?complaintId=" + complaintId + "&rule=S4");
        String complaint = system.query("/api/complaints/" + complaintId);
        Eventually.within(CATCH_UP, "the S4 breach and its escalation", () ->
                "BREACHED".equals(Http.get(s4).body().path(0).path("status").asText())
                        && Http.get(complaint).body().path("escalations").findValuesAsText("causedByClock").stream()
                        .anyMatch(clock -> clock.startsWith("S4:")));
        Instant breachRecorded = Instant.now();

        assertThat(post(complaintId, "/assessment", "{\"summary\": \"looked at once\", \"assessedAt\": \""
                + received.plus(2, ChronoUnit.HOURS) + "\"}").status()).isEqualTo(204);

        Eventually.within(CATCH_UP, "the S4 clock met, recorded late", () ->
                "MET".equals(Http.get(s4).body().path(0).path("status").asText()));
        assertThat(Http.get(s4).body().get(0).get("breachRetracted").asBoolean()).isTrue();
        JsonNode breaches = Http.get(system.query("/api/sla/breaches?rule=S4&size=1000")).body();
        assertThat(breaches).anyMatch(breach -> breach.get("complaintId").asText().equals(complaintId)
                && breach.get("breachRetracted").asBoolean());
        Eventually.within(CATCH_UP, "the escalation marked as caused by a retracted breach", () ->
                Http.get(complaint).body().path("escalations").findValues("causedByRetractedBreach").stream()
                        .anyMatch(JsonNode::asBoolean));
        JsonNode before = Http.as("auditor").send("GET", system.query("/api/audit/complaints/" + complaintId
                + "?asOf=" + breachRecorded), null).body();
        assertThat(before.get("clocks")).anyMatch(clock -> clock.get("rule").asText().equals("S4")
                && clock.get("status").asText().equals("BREACHED"));
    }

    @Test
    void k1_to_k8_a_complaint_is_handled_to_resolution_reopened_and_referred() {
        String clientId = registerClient();
        String id = logComplaint(clientId, Instant.now(), false);
        assertThat(post(id, "/acknowledgement", "{}").status()).isEqualTo(204);
        assertThat(post(id, "/acknowledgement", "{}").body().get("rule").asText()).isEqualTo("K2");
        assertThat(post(id, "/final-response", "{\"outcome\": \"UPHELD\", \"remedy\": \"refund\"}").body()
                .get("rule").asText()).isEqualTo("K5");
        assertThat(post(id, "/assessment", "{\"summary\": \"valid\"}").status()).isEqualTo(204);
        assertThat(post(id, "/initial-response", "{}").status()).isEqualTo(204);
        Http.Response car = post(id, "/corrective-actions", "{\"problem\": \"late\", \"action\": \"file\","
                + " \"rectifyBy\": \"2026-12-31\", \"prevention\": \"reminders\"}");
        assertThat(car.status()).isEqualTo(201);
        assertThat(post(id, "/corrective-actions/" + car.body().get("id").asText() + "/completion", "{}").status())
                .isEqualTo(204);
        assertThat(post(id, "/escalations", "{\"reason\": \"client unhappy\"}").status()).isEqualTo(204);
        assertThat(post(id, "/final-response", "{\"outcome\": \"PARTLY_UPHELD\", \"remedy\": \"fee waived\"}")
                .status()).isEqualTo(204);
        assertThat(post(id, "/referral", "{\"body\": \"OMBUDSMAN\"}").body().get("rule").asText()).isEqualTo("K6");
        assertThat(post(id, "/rejection", "{\"reason\": \"not enough\"}").status()).isEqualTo(204);
        assertThat(post(id, "/referral", "{\"body\": \"OMBUDSMAN\"}").status()).isEqualTo(204);
        assertThat(post(id, "/reopening", "{\"reason\": \"new evidence\"}").status()).isEqualTo(204);

        String complaint = system.query("/api/complaints/" + id);
        Eventually.within(CATCH_UP, "the reopened complaint", () -> "OPEN".equals(
                Http.get(complaint).body().path("status").asText()) && Http.get(complaint).body().path("cycle").asInt() == 1);
        JsonNode view = Http.get(complaint).body();
        assertThat(view.get("correctiveActions").get(0).get("completedAt").isNull()).isFalse();
        // the current cycle has no answer yet; cycle 0 is kept whole beside it (K8)
        assertThat(view.path("outcome").isMissingNode() || view.get("outcome").isNull()).isTrue();
        assertThat(view.get("escalationLevel").asText()).isEqualTo("INDEPENDENT_REDRESS");
        JsonNode first = view.get("cycles").get(0);
        assertThat(first.get("assessedAt").isNull()).isFalse();
        assertThat(first.get("outcome").asText()).isEqualTo("PARTLY_UPHELD");
        assertThat(first.get("referredTo").asText()).isEqualTo("OMBUDSMAN");

        String s4 = system.query("/api/sla/clocks?complaintId=" + id + "&rule=S4");
        Eventually.within(CATCH_UP, "a second S4 clock after the reopening", () -> Http.get(s4).body().size() == 2);
        assertThat(Http.get(system.query("/api/complaints?clientId=" + clientId)).body().size()).isEqualTo(1);
    }

    @Test
    void bad_complaints_are_refused_and_unknown_ids_are_404() {
        Http.Response unknownClient = Http.post(system.command("/api/complaints"), """
                {"clientId": "nobody-%s", "channel": "EMAIL", "category": "SERVICE", "description": "x"}
                """.formatted(UUID.randomUUID()));
        assertThat(unknownClient.status()).as(unknownClient.text()).isEqualTo(422);
        assertThat(unknownClient.body().get("rule").asText()).isEqualTo("K1");
        Http.Response badCategory = Http.post(system.command("/api/complaints"), """
                {"clientId": "c", "channel": "EMAIL", "category": "WEATHER", "description": "x"}
                """);
        assertThat(badCategory.status()).isEqualTo(400);
        assertThat(Http.post(system.command("/api/complaints/nothing-here/assessment"), "{\"summary\": \"x\"}")
                .status()).isEqualTo(404);
        assertThat(Http.get(system.query("/api/complaints/nothing-here")).status()).isEqualTo(404);
    }

    @Test
    void s1_an_email_enquiry_answered_in_time_is_met_and_the_policy_is_published() {
        String clientId = registerClient();
        Http.Response enquiry = Http.post(system.command("/api/clients/" + clientId + "/interactions"),
                "{\"channel\": \"EMAIL\", \"direction\": \"INBOUND\", \"purpose\": \"ENQUIRY\", \"handledBy\": \"alice\"}");
        Http.post(system.command("/api/clients/" + clientId + "/interactions"), "{\"channel\": \"EMAIL\","
                + " \"direction\": \"OUTBOUND\", \"purpose\": \"RESPONSE\", \"handledBy\": \"alice\", \"inReplyTo\": \""
                + enquiry.body().get("id").asText() + "\"}");
        String clocks = system.query("/api/sla/clocks?clientId=" + clientId + "&rule=S1");
        Eventually.within(CATCH_UP, "the S1 clock met", () ->
                "MET".equals(Http.get(clocks).body().path(0).path("status").asText()));
        assertThat(Http.get(clocks).body().get(0).get("tier").asText()).isEqualTo("SILVER");

        JsonNode policy = Http.as("analyst").send("GET", system.command("/api/service-policy"), null).body();
        assertThat(policy.get("current").get("version").asInt()).isEqualTo(1);
        assertThat(policy.get("current").get("terms").get("zone").asText()).isEqualTo("Europe/London");
        assertThat(policy.get("review").asText()).isIn("CURRENT", "DUE", "OVERDUE");
    }

    /** #14: bank holidays by rule in every year, not only those a list named. */
    @Test
    void s2_a_phone_complaint_on_christmas_eve_2025_is_due_at_the_end_of_monday_29_december() {
        String complaintId = logComplaint(registerClient(), Instant.parse("2025-12-24T10:00:00Z"), false);

        String clocks = system.query("/api/sla/clocks?complaintId=" + complaintId + "&rule=S2");
        Eventually.within(CATCH_UP, "the S2 clock", () -> Http.get(clocks).body().size() == 1);
        assertThat(Instant.parse(Http.get(clocks).body().get(0).get("deadline").asText()))
                .isEqualTo(Instant.parse("2025-12-29T17:00:00Z"));
    }

    private static Http.Response post(String complaintId, String path, String json) {
        return Http.post(system.command("/api/complaints/" + complaintId + path), json);
    }

    private static String logComplaint(String clientId, Instant received, boolean potentialClaim) {
        Http.Response logged = Http.post(system.command("/api/complaints"), """
                {"clientId": "%s", "channel": "PHONE", "category": "SERVICE_STANDARD", "description": "too slow",
                 "receivedAt": "%s", "potentialClaim": %s}
                """.formatted(clientId, received, potentialClaim));
        assertThat(logged.status()).as(logged.text()).isEqualTo(201);
        return logged.body().get("id").asText();
    }

    private static String registerClient() {
        String id = "c-" + UUID.randomUUID();
        assertThat(Http.post(system.command("/api/clients"), ClientJourneyIT.clientJson(id, "250000", "USD")).status())
                .isEqualTo(201);
        return id;
    }
}
