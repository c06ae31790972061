package com.clientcare.eventstore;

import com.clientcare.eventstore.commitlog.CommitLogStorageEngine;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Run as a child JVM by {@link EmbeddedStoreDurabilityTest}: hosts the embedded store on an H2 file, appends
 * commits of one to three events through the engine, round robin over a few aggregates, and prints each
 * acknowledgement ({@code ACK <aggregate> <last sequence>}) as soon as the append returns, until it is killed.
 * Arguments: data directory, port, fsync, the store's checkpoint interval (ISO-8601).
 */
public final class DurabilityProbe {

    static final int AGGREGATES = 7;
    static final Serializer SERIALIZER = JacksonSerializer.builder().objectMapper(new ObjectMapper()).build();

    record Appended(String aggregateId, long sequence) {
    }

    private DurabilityProbe() {
    }

    public static void main(String[] args) {
        Path dataDirectory = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        EmbeddedMongoServer.start(MongoConnectionProperties.EmbeddedBackend.H2, dataDirectory, port,
                Boolean.parseBoolean(args[2]), Duration.parse(args[3]));
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + port)) {
            CommitLogStorageEngine engine = engine(client);
            long[] next = new long[AGGREGATES];
            for (int i = 0; ; i++) {
                int aggregate = i % AGGREGATES;
                int count = 1 + i % 3;
                List<DomainEventMessage<?>> commit = new ArrayList<>();
                for (int e = 0; e < count; e++) {
                    long sequence = next[aggregate]++;
                    commit.add(new GenericDomainEventMessage<>("Probe", "probe-" + aggregate, sequence,
                            new Appended("probe-" + aggregate, sequence)));
                }
                engine.appendEvents(commit);
                System.out.println("ACK probe-" + aggregate + " " + (next[aggregate] - 1));
                System.out.flush();
            }
        }
    }

    static CommitLogStorageEngine engine(MongoClient client) {
        CommitLogStorageEngine engine = CommitLogStorageEngine.builder().database(client.getDatabase("durability"))
                .eventSerializer(SERIALIZER).snapshotSerializer(SERIALIZER).build();
        engine.ensureIndexes();
        return engine;
    }
}
