package com.clientcare.query.infra;

import com.clientcare.eventstore.InMemoryBsonBackend;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real MongoDB wire-protocol server in memory on a random port, with the embedded store's collections (no document
 * changed in place under a reader: {@link InMemoryBsonBackend}), for projection tests.
 */
public final class InMemoryMongo implements AutoCloseable {

    private final MongoServer server = new MongoServer(new InMemoryBsonBackend());
    private final String uri = "mongodb://localhost:" + server.bind().getPort();
    private final AtomicInteger commands = new AtomicInteger();
    private final MongoClient client = MongoClients.create(MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(uri))
            .addCommandListener(new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    commands.incrementAndGet();
                }
            })
            .build());

    /** How many commands (round trips) the client sent so far. */
    public int commands() {
        return commands.get();
    }

    public String uri() {
        return uri;
    }

    public MongoDatabase database(String name) {
        return client.getDatabase(name);
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
