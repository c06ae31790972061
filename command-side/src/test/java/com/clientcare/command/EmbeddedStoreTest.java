package com.clientcare.command;

import com.clientcare.eventstore.InMemoryBsonBackend;
import de.bwaldvogel.mongo.MongoServer;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The command side against a real MongoDB wire-protocol server in memory, with the local users. One server
 * serves every test of the run, so that Spring's cached contexts never point at a stopped one; tests keep
 * apart by the ids they use.
 */
@ActiveProfiles("local")
abstract class EmbeddedStoreTest {

    private static final String URI = "mongodb://localhost:" + new MongoServer(new InMemoryBsonBackend()).bind().getPort();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("clientcare.mongodb.host-embedded", () -> "false");
        registry.add("clientcare.mongodb.uri", () -> URI);
    }

    static String uri() {
        return URI;
    }
}
