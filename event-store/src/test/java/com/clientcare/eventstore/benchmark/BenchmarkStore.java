package com.clientcare.eventstore.benchmark;

import com.clientcare.eventstore.EmbeddedMongoServer;
import com.clientcare.eventstore.MongoConnectionProperties;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A fresh embedded MongoDB on an H2 file (durable commits, as the applications run it) in a temporary directory. */
final class BenchmarkStore implements AutoCloseable {

    /** About 400 bytes of payload per event, as in STACK.md's measurements. */
    static final String NOTE = "x".repeat(360);
    /** Fields, not getters: the aggregate itself is serialized as a snapshot. */
    static final Serializer SERIALIZER = JacksonSerializer.builder().objectMapper(new ObjectMapper()
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)).build();

    record Event(String aggregateId, long n, String note) {
    }

    private final Path directory;
    private final EmbeddedMongoServer server;
    private final MongoClient client;
    final MongoDatabase database;

    BenchmarkStore() {
        this(new CommandListener() {
        });
    }

    /** @param listener told of every command the driver sends (to count round trips) */
    BenchmarkStore(CommandListener listener) {
        try {
            directory = Files.createTempDirectory("event-store-benchmark");
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            server = EmbeddedMongoServer.start(MongoConnectionProperties.EmbeddedBackend.H2, directory, port, false);
            client = MongoClients.create(MongoClientSettings.builder()
                    .applyConnectionString(new ConnectionString("mongodb://localhost:" + port))
                    .addCommandListener(listener).build());
            database = client.getDatabase("benchmark");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<DomainEventMessage<?>> events(String aggregate, long first, int count) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(new GenericDomainEventMessage<>("Bench", aggregate, first + i, new Event(aggregate, first + i,
                    NOTE)));
        }
        return events;
    }

    @Override
    public void close() throws IOException {
        client.close();
        server.close();
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
