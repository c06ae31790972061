package com.clientcare.eventstore;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The default event store for a single machine: a MongoDB wire-protocol server (mongo-java-server)
 * that applications reach through an ordinary {@code mongodb://} URI, as they would reach a real MongoDB.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);

    private final MongoServer server;

    private EmbeddedMongoServer(MongoServer server) {
        this.server = server;
    }

    /** Starts a server only in the application that hosts it, and only when no MongoDB URI is configured. */
    public static EmbeddedMongoServer startIfHosted(MongoConnectionProperties properties) {
        if (!properties.usesEmbeddedServer() || !properties.hostEmbedded()) {
            return new EmbeddedMongoServer(null);
        }
        return start(properties.embeddedBackend(), Path.of(properties.dataDirectory()), properties.embeddedPort(),
                properties.embeddedFsync());
    }

    /** @param fsync whether the H2 store waits for the disk on each durable write (see {@link DurableH2Backend}) */
    public static EmbeddedMongoServer start(MongoConnectionProperties.EmbeddedBackend backend,
                                            Path dataDirectory, int port, boolean fsync) {
        MongoServer server = new MongoServer(switch (backend) {
            case MEMORY -> new MemoryBackend();
            case H2 -> DurableH2Backend.open(storeFile(dataDirectory).toString(), fsync);
        });
        server.bind("localhost", port);
        log.info("Embedded MongoDB ({} backend{}) listening on localhost:{}", backend,
                backend == MongoConnectionProperties.EmbeddedBackend.H2
                        ? " in " + dataDirectory.toAbsolutePath() + (fsync ? ", fsync" : "") : "",
                port);
        return new EmbeddedMongoServer(server);
    }

    private static Path storeFile(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + dataDirectory, e);
        }
        return dataDirectory.resolve("event-store.mv");
    }

    @Override
    public void close() {
        if (server != null) {
            server.shutdownNow();
        }
    }
}
