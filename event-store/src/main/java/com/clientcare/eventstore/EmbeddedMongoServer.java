package com.clientcare.eventstore;

import de.bwaldvogel.mongo.MongoServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The default event store for a single machine: a MongoDB wire-protocol server (mongo-java-server)
 * that applications reach through an ordinary {@code mongodb://} URI, as they would reach a real MongoDB.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);

    private final MongoServer server;
    private final DurableH2Backend fileBackend;

    private EmbeddedMongoServer(MongoServer server, DurableH2Backend fileBackend) {
        this.server = server;
        this.fileBackend = fileBackend;
    }

    /** Starts a server only in the application that hosts it, and only when no MongoDB URI is configured. */
    public static EmbeddedMongoServer startIfHosted(MongoConnectionProperties properties) {
        if (!properties.usesEmbeddedServer() || !properties.hostEmbedded()) {
            return new EmbeddedMongoServer(null, null);
        }
        boolean onFile = properties.embeddedBackend() == MongoConnectionProperties.EmbeddedBackend.H2;
        if (properties.compactAtStart() && onFile) {
            compact(Path.of(properties.dataDirectory()), properties.embeddedFsync());
        }
        return start(properties.embeddedBackend(), Path.of(properties.dataDirectory()), properties.embeddedPort(),
                properties.embeddedFsync());
    }

    /**
     * Rewrites the data directory's store file with only its live entries, before a start: the writes its journal
     * holds are applied and checkpointed first. Takes as long as copying what is live (not what the file holds).
     */
    static void compact(Path dataDirectory, boolean fsync) {
        Path file = StoreFormat.prepare(dataDirectory);
        DurableH2Backend.open(file, fsync, DurableH2Backend.CHECKPOINT_EVERY).close();
        try {
            StoreFormat.compact(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compact the store file " + file, e);
        }
    }

    /** @param fsync whether the H2 store waits for the disk on each durable write (see {@link DurableH2Backend}) */
    public static EmbeddedMongoServer start(MongoConnectionProperties.EmbeddedBackend backend,
                                            Path dataDirectory, int port, boolean fsync) {
        return start(backend, dataDirectory, port, fsync, DurableH2Backend.CHECKPOINT_EVERY);
    }

    static EmbeddedMongoServer start(MongoConnectionProperties.EmbeddedBackend backend, Path dataDirectory, int port,
                                     boolean fsync, Duration checkpointEvery) {
        DurableH2Backend file = backend == MongoConnectionProperties.EmbeddedBackend.H2
                ? DurableH2Backend.open(StoreFormat.prepare(dataDirectory), fsync, checkpointEvery) : null;
        MongoServer server = new MongoServer(file != null ? file : new InMemoryBsonBackend());
        server.bind("localhost", port);
        log.info("Embedded MongoDB ({} backend{}) listening on localhost:{}", backend,
                backend == MongoConnectionProperties.EmbeddedBackend.H2
                        ? " in " + dataDirectory.toAbsolutePath() + (fsync ? ", fsync" : "") : "",
                port);
        return new EmbeddedMongoServer(server, file);
    }

    /** The store file's size and fill, where this application hosts the embedded store on a file. */
    public Optional<StoreFileStats> fileStats() {
        return Optional.ofNullable(fileBackend).map(DurableH2Backend::fileStats);
    }

    @Override
    public void close() {
        if (server != null) {
            server.shutdownNow();
        }
    }
}
