package com.clientcare.volume;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The commands of one generated client, in the order of their business time: a pure function of the seed and the
 * client's number, so a second run sends the very same requests (same ids, same bodies) and the command side
 * answers them as idempotent retries. The proportions follow a firm's year: revenues log-normal across the four
 * tiers (C2), an initial consultation for everyone (C1), recommendations and agreements for most (C4), about eight
 * interactions over all channels with email and phone enquiries answered on time, late or never (S1, S2) and
 * meetings followed up or not (S3), purchases (C5), feedback (C7), marketing on consented channels (C6) and its
 * responses, complaints for about 3% with whole life cycles (K1..K8, S2, S4, S5) and a few erasures (C8).
 */
public final class ClientScript {

    static final Duration HISTORY = Duration.ofDays(730);
    private static final String[] CHANNELS = {"EMAIL", "PHONE", "SMS", "MEETING", "LETTER", "WEB_FORM", "SOCIAL",
            "IN_PERSON"};
    private static final String[] STAFF = {"alice", "bob", "carol", "dev", "erin", "farid", "grace", "hana", "ivan",
            "jo", "kwame", "lena", "mo", "nadia", "oscar", "priya"};
    private static final String[] PRODUCTS = {"audit", "tax-return", "payroll", "valuation", "pension-review",
            "bookkeeping", "survey", "advisory"};
    private static final String[] SERVICES = {"quarterly-review", "hotline", "portal", "on-site-visit",
            "annual-report", "training"};
    private static final String[] CATEGORIES = {"CLIENT", "STAFF", "PRODUCT", "SERVICE", "SERVICE_STANDARD", "LEGAL"};
    private static final String[] OUTCOMES = {"UPHELD", "PARTLY_UPHELD", "NOT_UPHELD"};
    private static final String[] FEEDBACK_CONTEXTS = {"PERIODIC", "INTERACTION", "ENGAGEMENT_END"};

    private final String clientId;
    private final Instant until;
    private final SplittableRandom random;
    private final List<Request> requests = new ArrayList<>();
    private Instant registeredAt;
    private Instant lifeEnd;

    private ClientScript(long seed, int index, Instant until) {
        this.clientId = clientId(seed, index);
        this.until = until;
        this.random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    }

    /** The id of generated client {@code index}, so benchmarks can name clients without asking anyone. */
    public static String clientId(long seed, int index) {
        return "vol" + seed + "-c" + index;
    }

    /** The commands of client {@code index} for data ending at {@code until}, ordered by business time. */
    public static List<Request> of(long seed, int index, Instant until) {
        ClientScript script = new ClientScript(seed, index, until);
        script.write();
        List<Request> ordered = new ArrayList<>(script.requests);
        ordered.sort(Comparator.comparing(Request::businessTime));
        return ordered;
    }

    private void write() {
        Instant from = until.minus(HISTORY);
        registeredAt = from.plus(Duration.ofMinutes(random.nextLong(Duration.ofDays(610).toMinutes())));
        lifeEnd = until.minus(Duration.ofDays(1));
        Map<String, Boolean> consent = new LinkedHashMap<>();
        consent.put("EMAIL", random.nextDouble() < 0.7);
        consent.put("SMS", random.nextDouble() < 0.35);
        consent.put("LETTER", random.nextDouble() < 0.5);
        String manager = pick(STAFF);
        register(consent, manager);
        consult(manager);
        if (random.nextDouble() < 0.85) {
            recommendAndAgree(manager);
        }
        interactions(manager);
        for (int t = random.nextInt(5); t > 0; t--) {
            transaction(t);
        }
        if (random.nextDouble() < 0.6) {
            feedback();
        }
        consent.entrySet().stream().filter(Map.Entry::getValue).findFirst()
                .filter(consented -> random.nextDouble() < 0.5)
                .ifPresent(consented -> marketing(consented.getKey()));
        if (random.nextDouble() < 0.12) {
            changeRevenue();
        }
        if (random.nextDouble() < 0.05) {
            Instant at = sometime();
            requests.add(Request.put(client("/account-manager"), body("accountManager", pick(STAFF),
                    "reason", "workload rebalanced", "reassignedAt", at), at));
        }
        if (random.nextDouble() < 0.03) {
            new ComplaintScript(this).write();
        }
        if (random.nextDouble() < 0.001) {
            requests.add(new Request("DELETE", client("/personal-data"), body("reason", "client asked (C8)"),
                    Request.User.ADMIN, until.plusSeconds(3600)));
        }
    }

    private void register(Map<String, Boolean> consent, String manager) {
        boolean organisation = random.nextDouble() < 0.6;
        String name = (organisation ? "Firm " : "Client ") + clientId;
        Map<String, Object> body = body("id", clientId, "name", name,
                "kind", organisation ? "ORGANISATION" : "INDIVIDUAL",
                "email", clientId + "@example.com", "phone", "+44 20 7946 " + (1000 + random.nextInt(9000)),
                "postalAddress", (1 + random.nextInt(200)) + " High Street",
                "annualRevenue", usd(logNormal(250_000, 1.4)), "accountManager", manager,
                "preferredChannels", List.of(pick(CHANNELS)), "marketingConsent", consent,
                "registeredAt", registeredAt.toString());
        requests.add(new Request("POST", "/api/clients", body, Request.User.CONSUMER, registeredAt));
    }

    private void consult(String manager) {
        Instant at = registeredAt.plus(hours(1 + random.nextInt(72)));
        requests.add(Request.post(client("/consultations"), body("id", clientId + "-con", "occurredAt", at.toString(),
                "needs", "annual accounts and tax", "issues", "late filings last year", "concerns", "fees",
                "rightsExplained", true, "handledBy", manager), at));
    }

    private void recommendAndAgree(String manager) {
        Instant at = registeredAt.plus(Duration.ofDays(4 + random.nextInt(10)));
        List<String> products = List.of(PRODUCTS[random.nextInt(4)], PRODUCTS[4 + random.nextInt(4)]);
        List<String> services = List.of(SERVICES[random.nextInt(3)], SERVICES[3 + random.nextInt(3)]);
        String recommendation = clientId + "-rec";
        requests.add(Request.post(client("/recommendations"), body("id", recommendation,
                "needsAnalysis", "needs from the initial consultation", "products", products, "services", services,
                "recommendedBy", manager, "occurredAt", at.toString()), at));
        if (random.nextDouble() < 0.8) {
            Instant signed = at.plus(Duration.ofDays(1 + random.nextInt(14)));
            requests.add(Request.post(client("/agreements"), body("id", clientId + "-agr",
                    "recommendationId", recommendation, "products", products.subList(0, 1 + random.nextInt(2)),
                    "services", services.subList(0, 1 + random.nextInt(2)), "signedAt", signed.toString()), signed));
        }
    }

    /** About eight interactions: enquiries answered on time, late or never, meetings and their follow-ups. */
    private void interactions(String manager) {
        int count = 3 + random.nextInt(7);
        for (int n = 0; n < count; n++) {
            String id = clientId + "-i" + n;
            Instant at = sometime();
            double kind = random.nextDouble();
            if (kind < 0.22) {
                enquiryAnswered(id, "EMAIL", at, manager, logNormalHours(3, 1.2), 0.85);
            } else if (kind < 0.34) {
                enquiryAnswered(id, "PHONE", at, manager, logNormalHours(10, 1.0), 0.85);
            } else if (kind < 0.44) {
                interaction(id, pick("MEETING", "IN_PERSON"), "OUTBOUND", "MEETING", null, manager, at);
                if (random.nextDouble() < 0.8) {
                    interaction(id + "f", pick("EMAIL", "PHONE"), "OUTBOUND", "FOLLOW_UP", id, manager,
                            at.plus(logNormalHours(30, 0.6)));
                }
            } else {
                interaction(id, pick(CHANNELS), pick("INBOUND", "OUTBOUND"),
                        pick("ENQUIRY", "FOLLOW_UP", "MARKETING", "OTHER", "OTHER"), null, pick(STAFF), at);
            }
        }
    }

    private void enquiryAnswered(String id, String channel, Instant at, String manager, Duration delay,
                                 double answered) {
        interaction(id, channel, "INBOUND", "ENQUIRY", null, pick(STAFF), at);
        if (random.nextDouble() < answered) {
            interaction(id + "r", channel, "OUTBOUND", "RESPONSE", id, manager, at.plus(delay));
        }
    }

    private void interaction(String id, String channel, String direction, String purpose, String inReplyTo,
                             String handledBy, Instant at) {
        Instant when = before(at, lifeEnd);
        Map<String, Object> body = body("id", id, "channel", channel, "direction", direction, "purpose", purpose,
                "handledBy", handledBy, "summary", purpose.toLowerCase() + " by " + channel.toLowerCase(),
                "occurredAt", when.toString());
        if (inReplyTo != null) {
            body.put("inReplyTo", inReplyTo);
        }
        requests.add(Request.post(client("/interactions"), body, when));
    }

    private void transaction(int n) {
        Instant at = sometime();
        requests.add(Request.post(client("/transactions"), body("id", clientId + "-t" + n,
                "amount", usd(logNormal(2_500, 1.0)), "description", pick(PRODUCTS) + " invoice",
                "occurredAt", at.toString()), at));
    }

    private void feedback() {
        Instant at = sometime();
        int csat = weighted(new int[]{5, 8, 17, 35, 35}) + 1;
        int nps = Math.min(10, Math.max(0, csat * 2 + random.nextInt(3) - 1));
        requests.add(Request.post(client("/feedback"), body("id", clientId + "-fb", "csat", csat, "nps", nps,
                "comment", csat >= 4 ? "helpful and quick" : "slow to answer", "context", pick(FEEDBACK_CONTEXTS),
                "occurredAt", at.toString()), at));
    }

    private void marketing(String channel) {
        Instant sent = sometime();
        String campaign = "campaign-" + dayOf(sent).withDayOfMonth(1);
        requests.add(Request.post(client("/marketing-messages"), body("id", clientId + "-mm", "campaign", campaign,
                "channel", channel, "sentAt", sent.toString()), sent));
        if (random.nextDouble() < 0.5) {
            Instant answered = before(sent.plus(hours(2 + random.nextInt(240))), lifeEnd);
            requests.add(Request.post(client("/marketing-responses"), body("id", clientId + "-mr",
                    "campaign", campaign, "channel", channel, "outcome", pick("IGNORED", "RESPONDED", "RESPONDED",
                            "CONVERTED"), "occurredAt", answered.toString()), answered));
        }
    }

    private void changeRevenue() {
        Instant at = sometime();
        requests.add(Request.put(client("/annual-revenue"), body("annualRevenue", usd(logNormal(400_000, 1.4)),
                "reason", "annual accounts filed", "changedAt", at.toString()), at));
    }

    String clientId() {
        return clientId;
    }

    Instant registeredAt() {
        return registeredAt;
    }

    Instant until() {
        return until;
    }

    SplittableRandom random() {
        return random;
    }

    void add(Request request) {
        requests.add(request);
    }

    String client(String path) {
        return "/api/clients/" + clientId + path;
    }

    /** A business time between registration and the end of the data, uniformly. */
    Instant sometime() {
        long span = Duration.between(registeredAt, lifeEnd).toMinutes();
        return registeredAt.plus(Duration.ofMinutes(60 + random.nextLong(span - 60)));
    }

    static Instant before(Instant at, Instant limit) {
        return at.isBefore(limit) ? at : limit;
    }

    Duration logNormalHours(double medianHours, double sigma) {
        return Duration.ofMinutes(Math.max(1, Math.round(logNormal(medianHours * 60, sigma))));
    }

    static Duration hours(long hours) {
        return Duration.ofHours(hours);
    }

    double logNormal(double median, double sigma) {
        return median * Math.exp(sigma * random.nextGaussian());
    }

    static Map<String, Object> usd(double amount) {
        return Map.of("amount", BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_EVEN).toPlainString(),
                "currency", "USD");
    }

    String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private int weighted(int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    static LocalDate dayOf(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** A JSON body from name/value pairs, in order; a {@code null} value is left out. */
    static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                body.put((String) pairs[i], pairs[i + 1] instanceof Temporal time ? time.toString() : pairs[i + 1]);
            }
        }
        return body;
    }
}
