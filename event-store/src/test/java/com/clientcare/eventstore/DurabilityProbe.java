package com.clientcare.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;

import java.nio.file.Path;

/**
 * Run as a child JVM by {@link EmbeddedStoreDurabilityTest}: hosts the embedded store on an H2 file, inserts
 * documents one at a time and prints each acknowledgement, until it is killed.
 */
public final class DurabilityProbe {

    private DurabilityProbe() {
    }

    public static void main(String[] args) {
        Path dataDirectory = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        EmbeddedMongoServer.start(MongoConnectionProperties.EmbeddedBackend.H2, dataDirectory, port);
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + port)) {
            MongoCollection<Document> writes = client.getDatabase("durability").getCollection("writes");
            for (int i = 0; ; i++) {
                writes.insertOne(new Document("_id", i));
                System.out.println("ACK " + i);
                System.out.flush();
            }
        }
    }
}
