package com.clientcare.eventstore.commitlog;

import com.clientcare.eventstore.InMemoryBsonBackend;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/** A fresh in-memory MongoDB wire-protocol server and engines on it, for the engine's tests. */
final class TestStore implements AutoCloseable {

    static final Serializer SERIALIZER = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
            .build();

    private final MongoServer server = new MongoServer(new InMemoryBsonBackend());
    private final Map<String, AtomicInteger> finds = new ConcurrentHashMap<>();
    private final MongoClient client = MongoClients.create(MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString("mongodb://localhost:" + server.bind().getPort()))
            .addCommandListener(new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    if (event.getCommandName().equals("find")) {
                        finds.computeIfAbsent(event.getCommand().getString("find").getValue(),
                                collection -> new AtomicInteger()).incrementAndGet();
                    }
                }
            })
            .build());

    /** How many queries of the commits' collection the engines of this store sent. */
    int commitFinds() {
        return finds(StoredCommit.COLLECTION);
    }

    /** How many queries of a collection the engines of this store sent. */
    int finds(String collection) {
        AtomicInteger sent = finds.get(collection);
        return sent == null ? 0 : sent.get();
    }

    MongoDatabase database() {
        return client.getDatabase("events");
    }

    CommitLogStorageEngine engine() {
        return engine(UnaryOperator.identity());
    }

    CommitLogStorageEngine engine(UnaryOperator<CommitLogStorageEngine.Builder> configure) {
        CommitLogStorageEngine engine = configure.apply(CommitLogStorageEngine.builder()
                .database(database())
                .eventSerializer(SERIALIZER)
                .snapshotSerializer(SERIALIZER)).build();
        engine.ensureIndexes();
        return engine;
    }

    /**
     * Rehashes the stored commits, in log order, as the engine hashed them before #17 item 3's last step: SHA-256 of
     * the previous hash, {@code |position|key|} and the events rendered as relaxed JSON, no form named. Written out
     * here rather than through the engine's code, so that a change to how the engine reads that form is caught.
     */
    void hashInTheFirstForm() {
        MongoCollection<Document> commits = database().getCollection(StoredCommit.COLLECTION);
        String previous = "0".repeat(64);
        for (Document commit : commits.find().sort(Sorts.ascending(GlobalLog.CLAIM_INDEX))) {
            MessageDigest sha = sha256();
            sha.update(previous.getBytes(StandardCharsets.UTF_8));
            sha.update(("|" + commit.getLong(GlobalLog.CLAIM_INDEX) + "|" + commit.getString("_id") + "|")
                    .getBytes(StandardCharsets.UTF_8));
            sha.update(new Document("events", commit.get("events")).toJson(JsonWriterSettings.builder()
                    .outputMode(JsonMode.RELAXED).build()).getBytes(StandardCharsets.UTF_8));
            previous = HexFormat.of().formatHex(sha.digest());
            commits.updateOne(Filters.eq("_id", commit.getString("_id")), Updates.combine(
                    Updates.set(LogEntry.HASH, previous), Updates.unset(LogEntry.HASH_VERSION)));
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
