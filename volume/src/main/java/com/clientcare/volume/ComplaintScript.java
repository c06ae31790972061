package com.clientcare.volume;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

import static com.clientcare.volume.ClientScript.body;

/**
 * A complaint's whole life (K1..K8): logged, acknowledged, assessed (S4), answered first (S2) and finally (S5) on
 * time, late or never, so clocks are met, breached and the breached complaints escalate by themselves (K4); an
 * insurer told of potential claims (K7), corrective actions (K3), acceptance or rejection and referral (K6), and
 * some reopened (K8). Steps that take no business time are recorded when sent; they come last, after every dated
 * step.
 */
final class ComplaintScript {

    private final ClientScript client;
    private final SplittableRandom random;
    private final String id;
    private final String path;

    ComplaintScript(ClientScript client) {
        this.client = client;
        this.random = client.random();
        this.id = client.clientId() + "-k";
        this.path = "/api/complaints/" + id;
    }

    void write() {
        long window = Duration.between(client.registeredAt(), client.until()).toMinutes() - Duration.ofDays(60).toMinutes();
        Instant received = client.registeredAt().plus(Duration.ofDays(7)).plus(Duration.ofMinutes(random.nextLong(window)));
        boolean potentialClaim = random.nextDouble() < 0.1;
        client.add(Request.post("/api/complaints", body("id", id, "clientId", client.clientId(),
                "channel", client.pick("EMAIL", "PHONE", "LETTER"), "category", client.pick(
                        "CLIENT", "STAFF", "PRODUCT", "SERVICE", "SERVICE_STANDARD", "LEGAL"),
                "description", "the service fell short", "receivedAt", received, "potentialClaim", potentialClaim),
                received));
        step("/acknowledgement", received.plus(Duration.ofMinutes(60 + random.nextInt(2880))), "sentAt");
        Instant assessed = received.plus(client.logNormalHours(14, 0.6));
        client.add(Request.post(path + "/assessment", body("assessedAt", assessed, "summary", "facts gathered"),
                assessed));
        step("/initial-response", received.plus(client.logNormalHours(20, 0.7)), "respondedAt");
        if (potentialClaim) {
            Instant notified = received.plus(Duration.ofDays(2));
            client.add(Request.post(path + "/insurer-notification", body("insurer", "Professional Indemnity Co",
                    "notifiedAt", notified), notified));
        }
        if (random.nextDouble() < 0.4) {
            correctiveAction(received);
        }
        if (random.nextDouble() < 0.08) {
            return;
        }
        Instant answered = ClientScript.before(received.plus(client.logNormalHours(14 * 24, 0.45)),
                client.until().minus(Duration.ofHours(2)));
        Instant finalResponse = answered.isAfter(assessed) ? answered : assessed.plusSeconds(3600);
        client.add(Request.post(path + "/final-response", body("outcome", client.pick("UPHELD", "PARTLY_UPHELD",
                "NOT_UPHELD"), "remedy", "apology and fee refund", "respondedAt", finalResponse), finalResponse));
        closeAndMaybeReopen();
    }

    private void step(String step, Instant at, String timeField) {
        client.add(Request.post(path + step, body(timeField, at), at));
    }

    private void correctiveAction(Instant received) {
        String action = id + "-car";
        Instant decided = received.plus(Duration.ofDays(3));
        client.add(Request.post(path + "/corrective-actions", body("id", action, "problem", "slow replies",
                "action", "second reviewer", "rectifyBy", ClientScript.dayOf(decided.plus(Duration.ofDays(30))),
                "prevention", "weekly queue review"), decided));
        Instant completed = decided.plus(Duration.ofDays(10 + random.nextInt(20)));
        client.add(Request.post(path + "/corrective-actions/" + action + "/completion",
                body("completedAt", completed), completed));
    }

    /** Undated steps: sorted after everything dated, in this order. */
    private void closeAndMaybeReopen() {
        Instant last = client.until();
        if (random.nextDouble() < 0.7) {
            client.add(Request.post(path + "/acceptance", null, last.plusSeconds(1)));
        } else {
            client.add(Request.post(path + "/rejection", body("reason", "remedy not enough"), last.plusSeconds(1)));
            if (random.nextDouble() < 0.4) {
                client.add(Request.post(path + "/referral", body("body", client.pick("ADR", "OMBUDSMAN")),
                        last.plusSeconds(2)));
            }
        }
        if (random.nextDouble() < 0.1) {
            client.add(Request.post(path + "/reopening", body("reason", "new evidence"), last.plusSeconds(3)));
            if (random.nextDouble() < 0.5) {
                client.add(Request.post(path + "/assessment", body("summary", "evidence reviewed"), last.plusSeconds(4)));
                client.add(Request.post(path + "/final-response", body("outcome", "PARTLY_UPHELD",
                        "remedy", "further refund"), last.plusSeconds(5)));
            }
        }
    }
}
