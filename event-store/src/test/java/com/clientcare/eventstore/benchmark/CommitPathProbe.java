package com.clientcare.eventstore.benchmark;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where a one-event commit spends its time, ours beside stock in one JVM, interleaved round by round: the driver's
 * commands per append (by name) and the share of the append's time spent waiting for them. Run like the
 * benchmark's main class (see event-store/README.md), {@code -Dprobe.appends=} appends per round,
 * {@code -Dprobe.rounds=} rounds, {@code -Dprobe.threads=} writers, {@code -Dprobe.commands=false} appends only.
 */
public final class CommitPathProbe {

    private static final int APPENDS = Integer.getInteger("probe.appends", 2_000);
    private static final int ROUNDS = Integer.getInteger("probe.rounds", 3);
    /** {@code ours}, {@code stock} or both (a profile of one engine alone). */
    private static final String ONLY = System.getProperty("probe.only", "");
    /** Writers appending at once (the appends of a round are shared among them). */
    private static final int THREADS = Integer.getInteger("probe.threads", 1);
    /** Whether to also send commands through a command bus after the appends. */
    private static final boolean COMMANDS = Boolean.parseBoolean(System.getProperty("probe.commands", "true"));

    /** Counts commands by name and sums the time the driver waited for their replies. */
    private static final class Counting implements CommandListener {

        private final Map<String, AtomicLong> commands = new TreeMap<>();
        private final AtomicLong waitedNanos = new AtomicLong();
        private volatile boolean counting;

        @Override
        public synchronized void commandStarted(CommandStartedEvent event) {
            if (counting) {
                commands.computeIfAbsent(event.getCommandName(), name -> new AtomicLong()).incrementAndGet();
            }
        }

        @Override
        public void commandSucceeded(CommandSucceededEvent event) {
            if (counting) {
                waitedNanos.addAndGet(event.getElapsedTime(TimeUnit.NANOSECONDS));
            }
        }

        synchronized String perAppend(long appends) {
            StringBuilder text = new StringBuilder();
            commands.forEach((name, count) -> text.append(String.format(Locale.ROOT, "%s %.2f ", name,
                    count.get() / (double) appends)));
            return text.toString().trim();
        }
    }

    private CommitPathProbe() {
    }

    /** The whole JVM's CPU time: on a machine shared with other work, a steadier figure than the wall clock. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** {@code APPENDS} one-event appends of new aggregates, shared among {@code THREADS} writers. */
    private static void appendOnThreads(EventStorageEngine engine) throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            work.add(writers.submit(() -> {
                for (int i = 0; i < APPENDS / THREADS; i++) {
                    engine.appendEvents(BenchmarkStore.events(UUID.randomUUID().toString(), 0, 1));
                }
            }));
        }
        for (Future<?> done : work) {
            done.get();
        }
        writers.shutdown();
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("axoniq.update-checker.disabled", "true");
        for (int round = 1; round <= ROUNDS; round++) {
            double[] micros = new double[2];
            double[] cpuMicros = new double[2];
            for (int e = 0; e < 2; e++) {
                if (!ONLY.isEmpty() && !ONLY.equals(e == 0 ? "ours" : "stock")) {
                    continue;
                }
                Counting counting = new Counting();
                try (BenchmarkStore store = new BenchmarkStore(counting)) {
                    EventStorageEngine engine = e == 0 ? EventStoreBenchmark.ours(store.database)
                            : EventStoreBenchmark.stock(store.database);
                    for (int i = 0; i < 200; i++) {
                        engine.appendEvents(BenchmarkStore.events(UUID.randomUUID().toString(), 0, 1));
                    }
                    counting.counting = true;
                    Instant from = Instant.now();
                    long started = System.nanoTime();
                    long cpuStarted = cpuNanos();
                    appendOnThreads(engine);
                    long took = System.nanoTime() - started;
                    counting.counting = false;
                    // the timed window, to pick a profile's samples of one engine (JFR's startTime)
                    System.out.println("window " + (e == 0 ? "ours" : "stock") + " " + from + " " + Instant.now());
                    micros[e] = took / 1e3 / APPENDS;
                    cpuMicros[e] = (cpuNanos() - cpuStarted) / 1e3 / APPENDS;
                    System.out.printf(Locale.ROOT, "round %d %-5s %7.0f µs per append (%5.0f µs of CPU, client and "
                                    + "embedded server), %4.1f%% waiting for the store; per append: %s%n", round,
                            e == 0 ? "ours" : "stock", micros[e], cpuMicros[e],
                            100.0 * counting.waitedNanos.get() / took, counting.perAppend(APPENDS));
                    for (EventStoreBenchmark.Hot hot : COMMANDS ? List.of(EventStoreBenchmark.Hot.NONE,
                            EventStoreBenchmark.Hot.LOADED) : List.<EventStoreBenchmark.Hot>of()) {
                        Counting commands = new Counting();
                        try (BenchmarkStore fresh = new BenchmarkStore(commands)) {
                            EventStorageEngine storage = e == 0 ? EventStoreBenchmark.ours(fresh.database)
                                    : EventStoreBenchmark.stock(fresh.database);
                            commands.counting = true;
                            long sent = EventStoreBenchmark.commands(storage, hot);
                            System.out.printf(Locale.ROOT, "round %d %-5s %s: %d commands, per command: %s%n",
                                    round, e == 0 ? "ours" : "stock", hot.label, sent, commands.perAppend(sent));
                        }
                    }
                }
            }
            System.out.printf(Locale.ROOT, "round %d stock's time per append over ours: %.2f, CPU: %.2f%n", round,
                    micros[1] / micros[0], cpuMicros[1] / cpuMicros[0]);
        }
        System.exit(0);
    }
}
