package com.clientcare.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the event store lives. A blank {@code uri} means the embedded server on
 * {@code localhost:embeddedPort}; {@code hostEmbedded} says whether this application is the one that runs it.
 */
@ConfigurationProperties("clientcare.mongodb")
public record MongoConnectionProperties(
        String uri,
        String database,
        boolean hostEmbedded,
        int embeddedPort,
        EmbeddedBackend embeddedBackend,
        String dataDirectory) {

    public enum EmbeddedBackend { H2, MEMORY }

    public MongoConnectionProperties {
        database = blankToDefault(database, "clientcare");
        embeddedPort = embeddedPort == 0 ? 27017 : embeddedPort;
        embeddedBackend = embeddedBackend == null ? EmbeddedBackend.H2 : embeddedBackend;
        dataDirectory = blankToDefault(dataDirectory, "./data");
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
