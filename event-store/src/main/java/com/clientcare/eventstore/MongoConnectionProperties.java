package com.clientcare.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Where the event store lives. A blank {@code uri} means the embedded server on
 * {@code localhost:embeddedPort}; {@code hostEmbedded} says whether this application is the one that runs it.
 * {@code embeddedFsync} makes the embedded H2 store wait for the disk on every durable write (survives the
 * machine stopping, not only the process; costs several times the write rate). Write concern on a real MongoDB
 * comes from the {@code uri} ({@code w=majority}). {@code storeTimeout} is how long an operation waits for a
 * reachable store before it fails (the driver's default of 30 s kept every request hanging while the store was
 * down). {@code compactAtStart} rewrites the embedded store's file with only its live entries before it opens (the
 * hosting application's start then takes as long as copying them).
 */
@ConfigurationProperties("clientcare.mongodb")
public record MongoConnectionProperties(
        String uri,
        String database,
        boolean hostEmbedded,
        int embeddedPort,
        EmbeddedBackend embeddedBackend,
        String dataDirectory,
        boolean embeddedFsync,
        Duration storeTimeout,
        boolean compactAtStart) {

    public enum EmbeddedBackend { H2, MEMORY }

    public MongoConnectionProperties {
        database = blankToDefault(database, "clientcare");
        embeddedPort = embeddedPort == 0 ? 27017 : embeddedPort;
        embeddedBackend = embeddedBackend == null ? EmbeddedBackend.H2 : embeddedBackend;
        dataDirectory = blankToDefault(dataDirectory, "./data");
        storeTimeout = storeTimeout == null ? Duration.ofSeconds(2) : storeTimeout;
    }

    public boolean usesEmbeddedServer() {
        return uri == null || uri.isBlank();
    }

    public String effectiveUri() {
        return usesEmbeddedServer() ? "mongodb://localhost:" + embeddedPort : uri;
    }

    private static String blankToDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
