package com.clientcare.eventstore.benchmark;

import com.clientcare.eventstore.commitlog.CommitLogStorageEngine;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import com.mongodb.client.MongoDatabase;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

import static com.clientcare.eventstore.benchmark.BenchmarkStore.events;

/**
 * Our CommitLogStorageEngine and Axon's stock MongoEventStorageEngine side by side in one run, each measure on a
 * fresh embedded MongoDB (H2 file backend with durable commits, as the applications run it), both engines warmed
 * up first. Prints each figure as it is measured, then a table. Run: see event-store/README.md.
 * Where the stock engine is too slow to finish in minutes, a measure is bounded in time; the figure says how much
 * it covered.
 */
public final class EventStoreBenchmark {

    private static final Duration PHASE = Duration.ofMillis(Long.getLong("benchmark.phaseMillis", 5000));
    private static final int STORE_SIZE = Integer.getInteger("benchmark.storeSize", 100_000);
    private static final int SMALL_STORE = STORE_SIZE / 10;
    /** How many times the append and command rows are measured, ours and stock in turn (each figure is printed). */
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 1);
    /** {@code commits}: the append and command rows only, without the grown stores (minutes on a busy machine). */
    private static final boolean COMMITS_ONLY = "commits".equals(System.getProperty("benchmark.only"));
    /** How long a read-side measure of the stock engine may take before it is cut. */
    private static final Duration READ_LIMIT = Duration.ofSeconds(30);

    private record Engine(String name, Function<MongoDatabase, EventStorageEngine> create) {
    }

    private EventStoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("axoniq.update-checker.disabled", "true");
        List<Engine> engines = List.of(new Engine("ours", EventStoreBenchmark::ours),
                new Engine("stock", EventStoreBenchmark::stock));
        Map<String, String[]> table = new LinkedHashMap<>();
        Recorder record = (label, engine, figure) -> {
            System.out.printf(Locale.ROOT, "  %-6s %s: %s%n", engines.get(engine).name(), label, figure);
            String[] figures = table.computeIfAbsent(label, key -> new String[engines.size()]);
            figures[engine] = figures[engine] == null ? figure : figures[engine] + " / " + figure;
        };
        long started = System.nanoTime();
        for (Engine engine : engines) {
            warmUp(engine);
        }
        for (int round = 0; round < ROUNDS; round++) {
            commitRows(engines, record);
        }
        if (!COMMITS_ONLY) {
            grownStoreRows(engines, record);
        }
        printTable(engines, table, Duration.ofNanos(System.nanoTime() - started));
        System.exit(0);
    }

    /** Appends of 1 and 5 events on 1 and 8 threads, then commands through a command bus. */
    private static void commitRows(List<Engine> engines, Recorder record) throws Exception {
        for (int threads : new int[]{1, 8}) {
            for (int batch : new int[]{1, 5}) {
                for (int e = 0; e < engines.size(); e++) {
                    try (BenchmarkStore store = new BenchmarkStore()) {
                        long appended = appendFor(engines.get(e).create().apply(store.database), threads, batch);
                        record.add("appended events/s, " + threads + " thread(s), " + batch + " event(s) per commit",
                                e, perSecond(appended, PHASE));
                    }
                }
            }
        }
        for (Hot hot : Hot.values()) {
            for (int e = 0; e < engines.size(); e++) {
                try (BenchmarkStore store = new BenchmarkStore()) {
                    long sent = commands(engines.get(e).create().apply(store.database), hot);
                    record.add("commands/s through a command bus, " + hot.label, e, perSecond(sent, PHASE));
                }
            }
        }
    }

    private static void grownStoreRows(List<Engine> engines, Recorder record) throws Exception {
        for (int e = 0; e < engines.size(); e++) {
            try (BenchmarkStore store = new BenchmarkStore()) {
                storeSizeMeasures(engines.get(e).create().apply(store.database), e, record);
            }
        }
        for (int e = 0; e < engines.size(); e++) {
            try (BenchmarkStore store = new BenchmarkStore()) {
                EventStorageEngine engine = engines.get(e).create().apply(store.database);
                fill(engine, 0, SMALL_STORE * 2, 1);
                record.add(String.format(Locale.ROOT, "tracking processor catch-up, %,d events of 1 per commit, events/s",
                        SMALL_STORE * 2), e, catchUp(engine, SMALL_STORE * 2L));
            }
        }
    }

    private interface Recorder {
        void add(String label, int engine, String figure);
    }

    /** JIT warm-up on a scratch store: appends, loads and a tracking read, not recorded. */
    private static void warmUp(Engine engine) throws Exception {
        System.out.println("warming up " + engine.name() + " ...");
        try (BenchmarkStore store = new BenchmarkStore()) {
            EventStorageEngine storage = engine.create().apply(store.database);
            appendFor(storage, 2, 3);
            count(storage.readEvents((TrackingToken) null, false).limit(2_000));
            commands(storage, Hot.LOADED);
        }
    }

    /**
     * Reads at two store sizes, then an aggregate of 1,000 events, a tracking processor over everything, and
     * commands on the grown store.
     */
    private static void storeSizeMeasures(EventStorageEngine engine, int e, Recorder record) throws Exception {
        String[] reads = new String[2];
        double[] totals = new double[2];
        int stored = 0;
        int[] sizes = {SMALL_STORE, STORE_SIZE};
        for (int i = 0; i < sizes.length; i++) {
            Instant halfway = fill(engine, stored, sizes[i], 5);
            stored = sizes[i];
            String probe = "probe-" + i;
            engine.appendEvents(events(probe, 0, 10));
            TrackingToken middle = engine.createTokenAt(halfway);
            double load = millis(() -> count(engine.readEvents(probe).asStream()));
            double batch = millis(() -> count(engine.readEvents(middle, false).limit(100)));
            totals[i] = load + batch;
            reads[i] = String.format(Locale.ROOT, "%,d: %.1f + %.1f ms", sizes[i], load, batch);
        }
        record.add("read time by store size: load 10 events + tracking batch of 100", e,
                reads[0] + "; " + reads[1] + String.format(Locale.ROOT, " (x%.1f)", totals[1] / totals[0]));

        String big = "load-" + UUID.randomUUID();
        for (long sequence = 0; sequence < 1000; sequence++) {
            engine.appendEvents(events(big, sequence, 1));
        }
        record.add("load an aggregate of 1,000 events (1 per commit), no snapshot, ms", e,
                decimal(millis(() -> count(engine.readEvents(big).asStream()))));
        engine.storeSnapshot(new GenericDomainEventMessage<>("Bench", big, 999,
                new BenchmarkStore.Event(big, 999, BenchmarkStore.NOTE)));
        record.add("load an aggregate of 1,000 events, snapshot at 999, ms", e, decimal(millis(() ->
                engine.readSnapshot(big).map(snapshot -> 1L).orElse(0L) + count(engine.readEvents(big, 1000).asStream()))));

        record.add("tracking processor catch-up from the tail, events/s", e, catchUp(engine, stored + 1_020L));
        record.add(String.format(Locale.ROOT, "commands/s, one hot aggregate, snapshot every 100, in the %,d-event store",
                STORE_SIZE), e, perSecond(commands(engine, Hot.SNAPSHOTS), PHASE));
    }

    private static long appendFor(EventStorageEngine engine, int threads, int batch) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong appended = new AtomicLong();
        long deadline = System.nanoTime() + PHASE.toNanos();
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            work.add(pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    engine.appendEvents(events(UUID.randomUUID().toString(), 0, batch));
                    appended.addAndGet(batch);
                }
            }));
        }
        for (Future<?> future : work) {
            future.get();
        }
        pool.shutdown();
        return appended.get();
    }

    /** What the commands of a measure address and how the repository finds the aggregate. */
    enum Hot {
        NONE("each a new aggregate", -1, false),
        LOADED("one hot aggregate, no snapshots", 0, false),
        SNAPSHOTS("one hot aggregate, snapshot every 100", 100, false),
        CACHED("one hot aggregate, cached (Axon's caching repository), no snapshots", 0, true);

        final String label;
        private final int snapshotEvery;
        private final boolean cached;

        Hot(String label, int snapshotEvery, boolean cached) {
            this.label = label;
            this.snapshotEvery = snapshotEvery;
            this.cached = cached;
        }
    }

    /** Commands through Axon's command bus and repository for as long as a phase lasts; returns how many. */
    static long commands(EventStorageEngine engine, Hot hot) {
        AggregateConfigurer<BenchAccount> aggregate = AggregateConfigurer.defaultConfiguration(BenchAccount.class);
        if (hot.snapshotEvery > 0) {
            aggregate.configureSnapshotTrigger(c -> new EventCountSnapshotTriggerDefinition(c.snapshotter(),
                    hot.snapshotEvery));
        }
        if (hot.cached) {
            aggregate.configureCache(c -> new WeakReferenceCache());
        }
        Configuration configuration = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> engine)
                .configureSerializer(c -> BenchmarkStore.SERIALIZER)
                .configureAggregate(aggregate)
                .buildConfiguration();
        configuration.start();
        try {
            CommandGateway gateway = configuration.commandGateway();
            String target = "hot-" + UUID.randomUUID();
            gateway.sendAndWait(new BenchAccount.OpenAccountCommand(target));
            long sent = 0;
            long deadline = System.nanoTime() + PHASE.toNanos();
            while (System.nanoTime() < deadline) {
                gateway.sendAndWait(hot == Hot.NONE
                        ? new BenchAccount.OpenAccountCommand(UUID.randomUUID().toString())
                        : new BenchAccount.DepositCommand(target, 1));
                sent++;
            }
            return sent;
        } finally {
            configuration.shutdown();
        }
    }

    /** Counts every event a tracking processor handles. */
    @ProcessingGroup("catch-up")
    static final class Counter {

        private final AtomicLong handled;

        Counter(AtomicLong handled) {
            this.handled = handled;
        }

        @EventHandler
        public void on(Object event) {
            handled.incrementAndGet();
        }
    }

    /** A tracking processor (batches of 100, tokens in memory) from the tail until it has handled every event. */
    private static String catchUp(EventStorageEngine engine, long events) throws InterruptedException {
        AtomicLong handled = new AtomicLong();
        Configuration configuration = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> engine)
                .configureSerializer(c -> BenchmarkStore.SERIALIZER)
                .eventProcessing(processing -> processing
                        .registerTrackingEventProcessor("catch-up", Configuration::eventStore,
                                c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(100))
                        .registerEventHandler(c -> new Counter(handled)))
                .buildConfiguration();
        long started = System.nanoTime();
        long deadline = started + READ_LIMIT.toNanos() * 2;
        configuration.start();
        try {
            while (handled.get() < events && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            return perSecond(handled.get(), took) + String.format(Locale.ROOT, " (%,d events in %.1f s%s)",
                    handled.get(), took.toMillis() / 1000.0, handled.get() < events ? ", cut" : "");
        } finally {
            configuration.shutdown();
        }
    }

    /** Appends new aggregates of {@code size} events from 4 threads up to {@code to} events; returns when it was halfway. */
    static Instant fill(EventStorageEngine engine, int from, int to, int size) throws Exception {
        AtomicLong next = new AtomicLong(from);
        long halfway = from + (to - from) / 2;
        Instant[] halfwayAt = new Instant[1];
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            work.add(pool.submit(() -> {
                long at;
                while ((at = next.getAndAdd(size)) < to) {
                    if (at <= halfway && halfway < at + size) {
                        halfwayAt[0] = Instant.now();
                    }
                    engine.appendEvents(events(UUID.randomUUID().toString(), 0, (int) Math.min(size, to - at)));
                }
            }));
        }
        for (Future<?> future : work) {
            future.get();
        }
        pool.shutdown();
        return halfwayAt[0];
    }

    /** Mean time of a read: one warm-up, then repeated for up to 2 s (20 runs at most); a slow first run is it. */
    private static double millis(LongSupplier read) {
        long first = System.nanoTime();
        read.getAsLong();
        double firstMillis = (System.nanoTime() - first) / 1e6;
        if (firstMillis > 1000) {
            return firstMillis;
        }
        int runs = 0;
        long started = System.nanoTime();
        while (runs < 20 && System.nanoTime() - started < Duration.ofSeconds(2).toNanos()) {
            read.getAsLong();
            runs++;
        }
        return (System.nanoTime() - started) / 1e6 / runs;
    }

    private static long count(Stream<?> stream) {
        try (stream) {
            return stream.count();
        }
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String perSecond(long count, Duration over) {
        return String.format(Locale.ROOT, "%,.0f", count * 1e9 / over.toNanos());
    }

    private static void printTable(List<Engine> engines, Map<String, String[]> table, Duration took) {
        System.out.println();
        System.out.printf(Locale.ROOT, "Embedded MongoDB, H2 file backend, durable commits; about 400 bytes per event;"
                + " %d cores; whole run %d s%n", Runtime.getRuntime().availableProcessors(), took.toSeconds());
        System.out.printf(Locale.ROOT, "| %s | %s | %s |%n", "measure", "ours (CommitLogStorageEngine)",
                "stock (MongoEventStorageEngine)");
        System.out.println("|---|---|---|");
        table.forEach((label, figures) -> System.out.printf(Locale.ROOT, "| %s | %s |%n", label,
                String.join(" | ", figures)));
    }

    static CommitLogStorageEngine ours(MongoDatabase database) {
        CommitLogStorageEngine engine = CommitLogStorageEngine.builder().database(database).pendingIndexed(false)
                .eventSerializer(BenchmarkStore.SERIALIZER).snapshotSerializer(BenchmarkStore.SERIALIZER).build();
        engine.ensureIndexes();
        return engine;
    }

    static EventStorageEngine stock(MongoDatabase database) {
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(database).build())
                .eventSerializer(BenchmarkStore.SERIALIZER).snapshotSerializer(BenchmarkStore.SERIALIZER).build();
        engine.ensureIndexes();
        return engine;
    }
}
