package com.clientcare.eventstore.benchmark;

import com.clientcare.eventstore.EmbeddedMongoServer;
import com.clientcare.eventstore.MongoConnectionProperties;
import com.clientcare.eventstore.StoreFileStats;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * How the embedded store's file grows under the writes of read models beside an append-only log (#16: 33 KB of file
 * per event at a million events): per round, {@code probe.events} documents appended and never changed, an entry
 * pushed to each of {@code probe.buckets} growing buckets (a day of clocks: a bucket is left for a new one at 400
 * entries) and {@code probe.rewrites} of 5,000 small documents rewritten. Prints, every 15 s and at the end of
 * {@code probe.seconds} (default 180), the file's size, how full it is and its live bytes, per appended document.
 * Run like {@code IntegrityBenchmark} (event-store/README.md).
 */
public final class StoreGrowthProbe {

    private static final int SECONDS = Integer.getInteger("probe.seconds", 180);
    private static final int EVENTS = Integer.getInteger("probe.events", 50);
    private static final int BUCKETS = Integer.getInteger("probe.buckets", 20);
    private static final int REWRITES = Integer.getInteger("probe.rewrites", 100);
    private static final int SUMMARIES = 5_000;
    private static final int BUCKET_ENTRIES = 400;
    private static final String PAYLOAD = "p".repeat(500);

    private StoreGrowthProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = Files.createTempDirectory("store-growth-probe");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(MongoConnectionProperties.EmbeddedBackend.H2,
                directory, port, false);
             MongoClient client = MongoClients.create("mongodb://localhost:" + port)) {
            var database = client.getDatabase("probe");
            MongoCollection<Document> events = database.getCollection("events");
            MongoCollection<Document> buckets = database.getCollection("buckets");
            MongoCollection<Document> summaries = database.getCollection("summaries");
            SplittableRandom random = new SplittableRandom(1);
            long started = System.nanoTime();
            long lastPrint = started;
            long appended = 0;
            for (long round = 0; System.nanoTime() - started < SECONDS * 1_000_000_000L; round++) {
                List<Document> batch = new ArrayList<>(EVENTS);
                for (int i = 0; i < EVENTS; i++) {
                    batch.add(new Document("_id", String.format(Locale.ROOT, "e%012d", appended++))
                            .append("payload", PAYLOAD));
                }
                events.insertMany(batch);
                long bucketGeneration = round / BUCKET_ENTRIES;
                for (int b = 0; b < BUCKETS; b++) {
                    buckets.updateOne(Filters.eq("_id", "b" + b + "-" + bucketGeneration),
                            Updates.push("entries", new Document("at", round).append("clock", PAYLOAD.substring(200))),
                            new UpdateOptions().upsert(true));
                }
                for (int r = 0; r < REWRITES; r++) {
                    summaries.replaceOne(Filters.eq("_id", "s" + random.nextInt(SUMMARIES)),
                            new Document("round", round).append("payload", PAYLOAD), new ReplaceOptions().upsert(true));
                }
                if (System.nanoTime() - lastPrint >= 15_000_000_000L) {
                    lastPrint = System.nanoTime();
                    print(server, (lastPrint - started) / 1e9, appended);
                }
            }
            print(server, (System.nanoTime() - started) / 1e9, appended);
        } finally {
            try (var files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static void print(EmbeddedMongoServer server, double seconds, long appended) {
        StoreFileStats stats = server.fileStats().orElseThrow();
        System.out.printf(Locale.ROOT, "%5.0f s: %,9d appended; file %,7.1f MB (%,6d bytes per appended), %3d %% in"
                        + " chunks, chunks %3d %% live; live %,6.1f MB%n", seconds, appended,
                stats.fileBytes() / 1e6, stats.fileBytes() / Math.max(1, appended), stats.fillRate(),
                stats.chunksFillRate(), stats.liveBytes() / 1e6);
    }
}
