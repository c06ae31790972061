package com.clientcare.e2e;

import com.clientcare.eventstore.InMemoryBsonBackend;
import de.bwaldvogel.mongo.MongoServer;

import java.util.Map;

/**
 * Both applications as separate processes against one embedded MongoDB (memory backend, random port), started
 * once for all the end-to-end tests of a run and stopped when the test JVM exits.
 */
final class SharedSystem {

    private static SharedSystem instance;

    final String mongoUri;
    final ApplicationProcess commandSide;
    final ApplicationProcess querySide;

    private SharedSystem(String mongoUri, ApplicationProcess commandSide, ApplicationProcess querySide) {
        this.mongoUri = mongoUri;
        this.commandSide = commandSide;
        this.querySide = querySide;
    }

    static synchronized SharedSystem get() {
        if (instance == null) {
            MongoServer mongo = new MongoServer(new InMemoryBsonBackend());
            String uri = "mongodb://localhost:" + mongo.bind().getPort();
            Map<String, String> store = Map.of("MONGODB_URI", uri);
            ApplicationProcess commandSide = Applications.commandSide(store).start();
            ApplicationProcess querySide = Applications.querySide(store).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                commandSide.close();
                querySide.close();
                mongo.shutdownNow();
            }));
            commandSide.awaitHealthy();
            querySide.awaitHealthy();
            instance = new SharedSystem(uri, commandSide, querySide);
        }
        return instance;
    }

    String command(String path) {
        return commandSide.baseUrl() + path;
    }

    String query(String path) {
        return querySide.baseUrl() + path;
    }
}
