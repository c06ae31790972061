package com.clientcare.query.infra;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The query side over HTTP against a real MongoDB wire-protocol server in memory, with the local users. One server
 * serves every subclass, so that Spring's cached context never points at a stopped one; tests keep apart by ids.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("local")
public abstract class InMemoryStoreApiTest {

    private static final InMemoryMongo MONGO = new InMemoryMongo();

    @Autowired
    protected MockMvc http;

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("clientcare.mongodb.uri", MONGO::uri);
    }
}
