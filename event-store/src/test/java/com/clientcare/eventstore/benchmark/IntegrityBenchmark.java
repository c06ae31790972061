package com.clientcare.eventstore.benchmark;

import com.clientcare.eventstore.EmbeddedMongoServer;
import com.clientcare.eventstore.MongoConnectionProperties;
import com.clientcare.eventstore.commitlog.CommitLogStorageEngine;
import com.clientcare.eventstore.commitlog.IntegrityReport;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * What a large store costs the integrity check and the start-up of an application: fills an embedded store (H2 file,
 * as the applications run it) with {@code benchmark.events} events in commits of {@code benchmark.eventsPerCommit}
 * (new aggregates from 4 threads, as {@link EventStoreBenchmark} fills its store),
 * then, as a freshly started application would, opens the engine (its start-up work timed step by step) and verifies
 * the hash chain ({@code benchmark.runs} times, default 2), printing wall and CPU time. With {@code benchmark.storeDir} the store is kept there and reused by the next run, so figures
 * before and after a change are taken on the same bytes.
 */
public final class IntegrityBenchmark {

    private static final int EVENTS = Integer.getInteger("benchmark.events", 100_000);
    private static final int PER_COMMIT = Integer.getInteger("benchmark.eventsPerCommit", 1);
    private static final int RUNS = Integer.getInteger("benchmark.runs", 2);

    private IntegrityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String kept = System.getProperty("benchmark.storeDir");
        Path directory = kept == null ? Files.createTempDirectory("integrity-benchmark") : Path.of(kept);
        Files.createDirectories(directory);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (EmbeddedMongoServer server = timed("start-up: open the embedded store", () ->
                EmbeddedMongoServer.start(MongoConnectionProperties.EmbeddedBackend.H2, directory, port, false));
             MongoClient client = MongoClients.create("mongodb://localhost:" + port)) {
            var database = client.getDatabase("benchmark");
            CommitLogStorageEngine engine = timed("start-up: open the engine, indexes, running maxima",
                    () -> EventStoreBenchmark.ours(database));
            timed("start-up: place unplaced commits", engine::placeUnplacedCommits);
            long stored = timed("start-up: find the head", () -> engine.createHeadToken() == null ? 0L
                    : engine.createHeadToken().position().orElse(0) + 1);
            if (stored < EVENTS) {
                long started = System.nanoTime();
                long cpuBefore = processCpuNanos();
                EventStoreBenchmark.fill(engine, (int) stored, EVENTS, PER_COMMIT);
                System.out.printf(Locale.ROOT, "filled %,d events in commits of %d: %,.0f events/s; %,.0f µs of"
                                + " CPU per event (writers and store)%n", EVENTS - stored, PER_COMMIT,
                        (EVENTS - stored) * 1e9 / (System.nanoTime() - started),
                        (processCpuNanos() - cpuBefore) / 1e3 / (EVENTS - stored));
            }
            System.out.printf(Locale.ROOT, "store file: %,d bytes, %,d per event%n", bytes(directory),
                    bytes(directory) / Math.max(1, EVENTS));
            for (int run = 1; run <= RUNS; run++) {
                long cpuBefore = processCpuNanos();
                IntegrityReport report = engine.verifyIntegrity();
                double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
                System.out.printf(Locale.ROOT, "integrity run %d: intact %s, %,d events in %,d commits, %,d ms,"
                                + " %,.0f events/s; %.1f s of CPU (store and verifier): %,.0f events per CPU second%n",
                        run, report.intact(), report.eventsChecked(), report.commitsChecked(), report.millis(),
                        report.eventsPerSecond(), cpuSeconds, report.eventsChecked() / cpuSeconds);
            }
        } finally {
            if (kept == null) {
                try (var files = Files.walk(directory)) {
                    files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        }
    }

    /**
     * CPU time of this JVM, which hosts the store too: on a machine shared with other work, wall time says more
     * about the neighbours than about the code, CPU time does not.
     */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long bytes(Path directory) throws IOException {
        try (var files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
        }
    }

    private static <T> T timed(String what, Supplier<T> step) {
        long started = System.nanoTime();
        T result = step.get();
        System.out.printf(Locale.ROOT, "%s: %,d ms%n", what, (System.nanoTime() - started) / 1_000_000);
        return result;
    }
}
