package com.clientcare.eventstore.benchmark;

import com.clientcare.eventstore.EmbeddedMongoServer;
import com.clientcare.eventstore.MongoConnectionProperties;
import com.clientcare.eventstore.commitlog.CommitLogStorageEngine;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Our CommitLogStorageEngine and Axon's stock MongoEventStorageEngine side by side, each on a fresh embedded
 * MongoDB (H2 file backend, durable commits), printing figures. Run: see event-store/README.md.
 * Each engine is warmed up first (its figures are discarded). Sizes for the stock engine are cut where it is
 * too slow to finish in minutes; the labels say which sizes were run.
 */
public final class EventStoreBenchmark {

    /** About 400 bytes of payload per event, as in STACK.md's measurements. */
    static final String NOTE = "x".repeat(360);
    private static final Serializer SERIALIZER = JacksonSerializer.builder().objectMapper(new ObjectMapper()).build();
    private static final long PHASE_MILLIS = Long.getLong("benchmark.phaseMillis", 5000);

    private record Event(String aggregateId, long n, String note) {
    }

    private record Engines(String name, Function<MongoDatabase, EventStorageEngine> create, int catchUpEvents,
                           int[] readSizes) {
    }

    private EventStoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("axoniq.update-checker.disabled", "true");
        List<Engines> engines = List.of(
                new Engines("ours (CommitLogStorageEngine)", EventStoreBenchmark::ours, 100_000,
                        new int[]{10_000, 100_000}),
                new Engines("stock (MongoEventStorageEngine)", EventStoreBenchmark::stock, 10_000,
                        new int[]{10_000, 20_000}));
        List<String[]> rows = new ArrayList<>();
        List<List<String>> results = new ArrayList<>();
        for (Engines engine : engines) {
            System.out.println("== " + engine.name());
            try (Store store = new Store()) {
                appendFor(engine.create().apply(store.database), 2, 5);
            }
            results.add(run(engine, rows.isEmpty() ? rows : null));
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "%-58s | %-30s | %-30s%n", "measure", engines.get(0).name(), engines.get(1).name());
        System.out.println("-".repeat(124));
        for (int i = 0; i < rows.size(); i++) {
            System.out.printf(Locale.ROOT, "%-58s | %-30s | %-30s%n", rows.get(i)[0], results.get(0).get(i),
                    results.get(1).get(i));
        }
    }

    private static List<String> run(Engines engines, List<String[]> labels) throws Exception {
        List<String> figures = new ArrayList<>();
        Recorder record = (label, figure) -> {
            System.out.println("  " + label + ": " + figure);
            figures.add(figure);
            if (labels != null) {
                labels.add(new String[]{label});
            }
        };
        for (int threads : new int[]{1, 8}) {
            for (int batch : new int[]{1, 5}) {
                try (Store store = new Store()) {
                    EventStorageEngine engine = engines.create().apply(store.database);
                    record.add("appended events/s, " + threads + " thread(s), batches of " + batch,
                            perSecond(appendFor(engine, threads, batch)));
                }
            }
        }
        try (Store store = new Store()) {
            EventStorageEngine engine = engines.create().apply(store.database);
            record.add("commands/s through the command bus, new aggregates", perSecond(commands(engine, false)));
        }
        try (Store store = new Store()) {
            EventStorageEngine engine = engines.create().apply(store.database);
            record.add("commands/s through the command bus, one hot aggregate", perSecond(commands(engine, true)));
        }
        try (Store store = new Store()) {
            EventStorageEngine engine = engines.create().apply(store.database);
            fill(engine, engines.catchUpEvents());
            long started = System.nanoTime();
            long read = count(engine.readEvents((TrackingToken) null, false));
            double seconds = (System.nanoTime() - started) / 1e9;
            record.add("tracking catch-up over " + engines.catchUpEvents() + " events, events/s",
                    String.format(Locale.ROOT, "%,.0f (%d read)", read / seconds, read));
        }
        try (Store store = new Store()) {
            EventStorageEngine engine = engines.create().apply(store.database);
            String hot = "load-" + UUID.randomUUID();
            for (long sequence = 0; sequence < 1000; sequence += 10) {
                engine.appendEvents(events(hot, sequence, 10));
            }
            record.add("load an aggregate of 1,000 events, no snapshot, ms", decimal(millis(() -> count(
                    engine.readEvents(hot).asStream()))));
            engine.storeSnapshot(new GenericDomainEventMessage<>("Bench", hot, 999, new Event(hot, 999, NOTE)));
            record.add("load an aggregate of 1,000 events, snapshot at 999, ms", decimal(millis(() ->
                    engine.readSnapshot(hot).map(s -> 1L).orElse(0L) + count(engine.readEvents(hot, 1000).asStream()))));
        }
        try (Store store = new Store()) {
            EventStorageEngine engine = engines.create().apply(store.database);
            String[] reads = new String[2];
            int filled = 0;
            for (int i = 0; i < 2; i++) {
                int size = engines.readSizes()[i];
                fill(engine, size / 2 - filled);
                Instant half = Instant.now();
                fill(engine, size - size / 2);
                filled = size;
                String probe = "probe-" + i;
                engine.appendEvents(events(probe, 0, 10));
                double load = millis(() -> count(engine.readEvents(probe).asStream()));
                TrackingToken middle = engine.createTokenAt(half);
                double batch = millis(() -> count(engine.readEvents(middle, false).limit(100)));
                reads[i] = String.format(Locale.ROOT, "%,d: load %.1f ms, next 100 %.1f ms", size, load, batch);
            }
            record.add("read time by store size (load 10 events; tracking batch of 100)", reads[0] + " / " + reads[1]);
        }
        return figures;
    }

    private interface Recorder {
        void add(String label, String figure);
    }

    private static long appendFor(EventStorageEngine engine, int threads, int batch) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong appended = new AtomicLong();
        long deadline = System.currentTimeMillis() + PHASE_MILLIS;
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            work.add(pool.submit(() -> {
                while (System.currentTimeMillis() < deadline) {
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

    private static long commands(EventStorageEngine engine, boolean hot) {
        Configuration configuration = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> engine)
                .configureSerializer(c -> SERIALIZER)
                .configureAggregate(BenchAccount.class)
                .buildConfiguration();
        configuration.start();
        try {
            CommandGateway gateway = configuration.commandGateway();
            String hotId = "hot-" + UUID.randomUUID();
            gateway.sendAndWait(new BenchAccount.OpenAccountCommand(hotId));
            long sent = 0;
            long deadline = System.currentTimeMillis() + PHASE_MILLIS;
            while (System.currentTimeMillis() < deadline) {
                gateway.sendAndWait(hot ? new BenchAccount.DepositCommand(hotId, 1)
                        : new BenchAccount.OpenAccountCommand(UUID.randomUUID().toString()));
                sent++;
            }
            return sent;
        } finally {
            configuration.shutdown();
        }
    }

    private static void fill(EventStorageEngine engine, int events) {
        for (int i = 0; i < events; i += 5) {
            engine.appendEvents(events(UUID.randomUUID().toString(), 0, Math.min(5, events - i)));
        }
    }

    private static double millis(Supplier<Long> read) {
        read.get();
        int runs = 20;
        long started = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            read.get();
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

    private static String perSecond(long count) {
        return String.format(Locale.ROOT, "%,.0f", count * 1000.0 / PHASE_MILLIS);
    }

    private static List<DomainEventMessage<?>> events(String aggregate, long first, int count) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(new GenericDomainEventMessage<>("Bench", aggregate, first + i,
                    new Event(aggregate, first + i, NOTE)));
        }
        return events;
    }

    private static EventStorageEngine ours(MongoDatabase database) {
        CommitLogStorageEngine engine = CommitLogStorageEngine.builder().database(database)
                .eventSerializer(SERIALIZER).snapshotSerializer(SERIALIZER).build();
        engine.ensureIndexes();
        return engine;
    }

    private static EventStorageEngine stock(MongoDatabase database) {
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(database).build())
                .eventSerializer(SERIALIZER).snapshotSerializer(SERIALIZER).build();
        engine.ensureIndexes();
        return engine;
    }

    /** A fresh embedded MongoDB on an H2 file in a temporary directory. */
    private static final class Store implements AutoCloseable {

        private final Path directory;
        private final EmbeddedMongoServer server;
        private final MongoClient client;
        final MongoDatabase database;

        Store() {
            try {
                directory = Files.createTempDirectory("event-store-benchmark");
                int port;
                try (ServerSocket socket = new ServerSocket(0)) {
                    port = socket.getLocalPort();
                }
                server = EmbeddedMongoServer.start(MongoConnectionProperties.EmbeddedBackend.H2, directory, port, false);
                client = MongoClients.create("mongodb://localhost:" + port);
                database = client.getDatabase("benchmark");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            client.close();
            server.close();
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
