package com.clientcare.volume;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * Measures a running query side over a data set the generator wrote: p50/p99 of every read endpoint, the replay
 * rate of each projection and of all at once, and the integrity check's rate. Prints Markdown tables. Requests are
 * sent one at a time (latency, not throughput), each endpoint with ids drawn from the generated clients.
 */
public final class ScaleBenchmark {

    private final Options options;
    private final ReadClient reads;
    private final SplittableRandom random = new SplittableRandom(7);
    private final String analyst;
    private final String auditor;
    private final String admin;
    private final int clients;
    private final long seed;
    private final Instant until;

    private ScaleBenchmark(Options options) {
        this.options = options;
        this.reads = new ReadClient(URI.create(options.text("query-side")));
        this.analyst = options.text("analyst");
        this.auditor = options.text("auditor");
        this.admin = options.text("admin");
        this.clients = options.number("clients");
        this.seed = options.longNumber("seed");
        this.until = options.text("until").isEmpty() ? Instant.now().truncatedTo(ChronoUnit.DAYS)
                : Instant.parse(options.text("until"));
    }

    public static void main(String[] args) throws InterruptedException {
        Options options = new Options(args,
                "query-side", "http://localhost:8081",
                "clients", "100000",
                "seed", "42",
                "until", "",
                "requests", "200",
                "replays", "true",
                "await-only", "false",
                "await", "true",
                "catch-up", "false",
                "data-dir", "",
                "analyst", "analyst:analyst-local",
                "auditor", "auditor:auditor-local",
                "admin", "admin:admin-local");
        new ScaleBenchmark(options).run();
    }

    private void run() throws InterruptedException {
        if (Boolean.parseBoolean(options.text("catch-up"))) {
            catchUp();
            return;
        }
        // --await=false measures at once: on a store whose command side still records breaches of clocks long due
        // (a back-dated data set) the log never stops growing, and the reads are then measured under that load
        if (Boolean.parseBoolean(options.text("await"))) {
            awaitCatchUp();
        }
        if (Boolean.parseBoolean(options.text("await-only"))) {
            return;
        }
        long events = head() + 1;
        System.out.printf("%n%,d events in the log, %,d generated clients%s%n%n", events, clients, diskPerEvent(events));
        readLatencies();
        if (Boolean.parseBoolean(options.text("replays"))) {
            replays(events);
        }
        integrity();
    }

    private void readLatencies() throws InterruptedException {
        List<String> complaints = complaintIds();
        List<String> correlations = correlationIds();
        long pages = Math.max(1, clients / 100);
        Map<String, IntFunction<String>> endpoints = new LinkedHashMap<>();
        endpoints.put("one client", n -> "/api/clients/" + client());
        endpoints.put("a clients page", n -> "/api/clients?size=100&page=" + random.nextLong(pages));
        endpoints.put("a clients page, one tier", n -> "/api/clients?size=100&page=" + random.nextLong(
                Math.max(1, pages / 4)) + "&tier=" + pick("PLATINUM", "GOLD", "SILVER", "BRONZE"));
        endpoints.put("an interactions page", n -> "/api/clients/" + client() + "/interactions");
        endpoints.put("transactions", n -> "/api/clients/" + client() + "/transactions");
        endpoints.put("trends by month", n -> "/api/satisfaction/trends?granularity=MONTH");
        endpoints.put("trends by quarter", n -> "/api/satisfaction/trends?granularity=QUARTER");
        endpoints.put("marketing rates", n -> "/api/marketing/response-rates");
        endpoints.put("a client's clocks", n -> "/api/sla/clocks?clientId=" + client());
        endpoints.put("breaches of a month", n -> "/api/sla/breaches?from=" + monthStart(n) + "&to="
                + monthStart(n).plus(Duration.ofDays(30)));
        endpoints.put("compliance", n -> "/api/sla/compliance");
        endpoints.put("complaints log page", n -> "/api/complaints?size=100&status=" + pick("OPEN", "RESOLVED",
                "REJECTED", "REFERRED", "FINAL_RESPONSE_ISSUED"));
        endpoints.put("one complaint", n -> "/api/complaints/" + complaints.get(n % complaints.size()));
        endpoints.put("monthly report", n -> "/api/reports/monthly?month=" + YearMonth.from(
                monthStart(n).atZone(ZoneOffset.UTC)));
        endpoints.put("audit events page", n -> "/api/audit/events?limit=100&after=" + random.nextLong(head()));
        endpoints.put("a client as of an instant", n -> "/api/audit/clients/" + client() + "?basis=BUSINESS&asOf="
                + until.minus(Duration.ofDays(1 + random.nextInt(100))));
        endpoints.put("a correlation", n -> "/api/audit/correlations/" + correlations.get(n % correlations.size()));
        System.out.println("| read | p50 ms | p99 ms | requests | not 200 |");
        System.out.println("|---|---:|---:|---:|---:|");
        int requests = options.number("requests");
        for (Map.Entry<String, IntFunction<String>> endpoint : endpoints.entrySet()) {
            String user = endpoint.getValue().apply(0).startsWith("/api/audit") ? auditor : analyst;
            for (int n = 0; n < Math.min(20, requests); n++) {
                reads.time(user, endpoint.getValue().apply(n));
            }
            long[] nanos = new long[requests];
            int failed = 0;
            for (int n = 0; n < requests; n++) {
                ReadClient.Timed timed = reads.time(user, endpoint.getValue().apply(n));
                nanos[n] = timed.nanos();
                failed += timed.status() == 200 ? 0 : 1;
            }
            Arrays.sort(nanos);
            System.out.printf("| %s | %.1f | %.1f | %d | %d |%n", endpoint.getKey(), percentile(nanos, 0.50),
                    percentile(nanos, 0.99), requests, failed);
        }
    }

    private void replays(long events) throws InterruptedException {
        List<String> projections = new ArrayList<>();
        reads.json(auditor, "/api/audit/replays").forEach(name -> projections.add(name.asText()));
        System.out.println();
        System.out.println("| replay | events | seconds | events/s | differences |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (String projection : projections) {
            long started = System.nanoTime();
            JsonNode report = awaitReplay(startReplay(projection));
            printReplay(projection, report.path("processed").asLong(), System.nanoTime() - started,
                    report.path("differenceCount").asInt());
        }
        long started = System.nanoTime();
        List<String> ids = new ArrayList<>();
        for (String projection : projections) {
            ids.add(startReplay(projection));
        }
        int differences = 0;
        for (String id : ids) {
            differences += awaitReplay(id).path("differenceCount").asInt();
        }
        printReplay("all " + projections.size() + " at once (events of the log / wall time)", events,
                System.nanoTime() - started, differences);
    }

    private String startReplay(String projection) throws InterruptedException {
        return reads.post(admin, "/api/audit/replays", "{\"projection\":\"" + projection + "\"}").path("id").asText();
    }

    private JsonNode awaitReplay(String id) throws InterruptedException {
        while (true) {
            JsonNode report = reads.json(auditor, "/api/audit/replays/" + id);
            String status = report.path("status").asText();
            if (status.equals("FAILED")) {
                throw new IllegalStateException("replay " + id + " failed: " + report.path("error").asText());
            }
            if (!status.equals("QUEUED") && !status.equals("RUNNING") && !status.equals("COMPARING")) {
                return report;
            }
            Thread.sleep(200);
        }
    }

    private static void printReplay(String what, long events, long nanos, int differences) {
        double seconds = nanos / 1e9;
        System.out.printf("| %s | %,d | %.1f | %,.0f | %d |%n", what, events, seconds, events / seconds, differences);
    }

    /**
     * A background check (POST /api/audit/integrity/checks), followed to its end: at a million events the synchronous
     * GET /api/audit/integrity outlasts the query side's timeout on a busy store. Its rate is the check's own.
     */
    private void integrity() throws InterruptedException {
        String location = "/api/audit/integrity/checks/"
                + reads.post(auditor, "/api/audit/integrity/checks", "{}").path("id").asText();
        JsonNode report = reads.json(auditor, location);
        while (report.path("status").asText().equals("RUNNING")) {
            Thread.sleep(200);
            report = reads.json(auditor, location);
        }
        JsonNode result = report.path("result");
        System.out.printf("%n| integrity | events | seconds | events/s | result |%n|---|---:|---:|---:|---|%n"
                        + "| hash chain | %,d | %.1f | %,.0f | %s |%n", result.path("eventsChecked").asLong(),
                result.path("millis").asLong() / 1e3, result.path("eventsPerSecond").asDouble(),
                report.path("status").asText());
    }

    /**
     * How fast each projection works off the log it finds when the query side starts (a backlog, or all of it on a
     * fresh read model): the events it passed from the first time its position was known to the first moment it was
     * not behind, over the seconds between (a processor has no position until each of its segments is claimed).
     */
    private void catchUp() throws InterruptedException {
        Map<String, long[]> from = new LinkedHashMap<>();
        Map<String, String> done = new LinkedHashMap<>();
        int projections = Integer.MAX_VALUE;
        while (done.size() < projections) {
            JsonNode all = reads.json(admin, "/api/admin/projections");
            long now = System.nanoTime();
            projections = all.size();
            for (JsonNode projection : all) {
                String name = projection.path("projection").asText();
                if (projection.path("position").isNull() || done.containsKey(name)) {
                    continue;
                }
                long[] first = from.computeIfAbsent(name, key -> new long[]{projection.path("position").asLong(), now});
                if (projection.path("behind").asLong() == 0 && first[1] != now) {
                    long events = projection.path("head").asLong() - first[0];
                    double seconds = (now - first[1]) / 1e9;
                    done.put(name, String.format("| %s | %,d | %.1f | %,.0f |", name, events, seconds,
                            events / seconds));
                }
            }
            Thread.sleep(250);
        }
        System.out.println("| projection | events worked off | seconds | events/s |");
        System.out.println("|---|---:|---:|---:|");
        done.values().forEach(System.out::println);
    }

    /** Waits until every projection has read the whole log and the log stopped growing (clocks come later). */
    private void awaitCatchUp() throws InterruptedException {
        long started = System.nanoTime();
        long lastHead = -1;
        while (true) {
            Standing standing = standing();
            long head = standing.head();
            if (standing.behind() == 0 && head == lastHead) {
                System.out.printf("read models caught up with %,d events after %.0f s of waiting%n", head + 1,
                        (System.nanoTime() - started) / 1e9);
                return;
            }
            lastHead = head;
            Thread.sleep(5_000);
        }
    }

    private String diskPerEvent(long events) {
        if (options.text("data-dir").isEmpty()) {
            return "";
        }
        try (Stream<Path> files = Files.walk(Path.of(options.text("data-dir")))) {
            long bytes = files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
            return String.format(", %,d bytes on disk (%,.0f per event)", bytes, bytes / (double) events);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The log's head and how far the furthest-behind projection trails it, as the query side reports them. */
    private record Standing(long head, long behind) {
    }

    private Standing standing() throws InterruptedException {
        long head = 0;
        long behind = 0;
        for (JsonNode projection : reads.json(admin, "/api/admin/projections")) {
            head = Math.max(head, projection.path("head").asLong());
            behind = Math.max(behind, projection.path("behind").asLong());
        }
        return new Standing(head, behind);
    }

    private long head() {
        try {
            return standing().head();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Complaints of generated clients, found from the scripts themselves: about one client in thirty has one. */
    private List<String> complaintIds() {
        List<String> ids = new ArrayList<>();
        for (int index = 0; index < clients && ids.size() < 200; index += 1 + random.nextInt(5)) {
            ClientScript.of(seed, index, until).stream()
                    .filter(request -> request.path().equals("/api/complaints"))
                    .forEach(request -> ids.add((String) request.body().get("id")));
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("no generated complaint among the first clients");
        }
        return ids;
    }

    private List<String> correlationIds() throws InterruptedException {
        List<String> ids = new ArrayList<>();
        long head = head();
        for (int n = 0; n < 20; n++) {
            for (JsonNode event : reads.json(auditor, "/api/audit/events?limit=10&after=" + random.nextLong(head))) {
                ids.add(event.path("metadata").path("correlationId").asText());
            }
        }
        return ids;
    }

    private String client() {
        return ClientScript.clientId(seed, random.nextInt(clients));
    }

    private Instant monthStart(int n) {
        return YearMonth.from(until.minus(Duration.ofDays(30L * (1 + n % 23))).atZone(ZoneOffset.UTC))
                .atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private static double percentile(long[] sorted, double fraction) {
        int index = (int) Math.ceil(fraction * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
