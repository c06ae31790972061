package com.clientcare.eventstore.commitlog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

import java.util.function.UnaryOperator;

/** A fresh in-memory MongoDB wire-protocol server and engines on it, for the engine's tests. */
final class TestStore implements AutoCloseable {

    static final Serializer SERIALIZER = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
            .build();

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client = MongoClients.create("mongodb://localhost:" + server.bind().getPort());

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

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
