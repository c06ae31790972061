package com.clientcare.command;

import com.clientcare.eventstore.InMemoryBsonBackend;
import de.bwaldvogel.mongo.MongoServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The store goes away and comes back (issue #12 item 5): a command fails at once with 503 and Retry-After,
 * readiness says DOWN while liveness stays UP, and commands work again by themselves once the store is back.
 * The methods run in order: store down, store back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("local")
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StoreDownCommandApiTest {

    /** Far below the driver's default wait of 30 s, far above the configured store timeout of 2 s. */
    private static final Duration ANSWER_DEADLINE = Duration.ofSeconds(10);

    private static MongoServer store = new MongoServer(new InMemoryBsonBackend());
    private static final InetSocketAddress ADDRESS = store.bind();

    @Autowired
    MockMvc http;

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("clientcare.mongodb.host-embedded", () -> "false");
        registry.add("clientcare.mongodb.uri", () -> "mongodb://localhost:" + ADDRESS.getPort());
    }

    @AfterAll
    static void stop() {
        store.shutdownNow();
    }

    @Test
    @Order(1)
    void with_the_store_down_a_command_fails_fast_with_503_and_retry_after_and_readiness_is_down() throws Exception {
        store.shutdownNow();
        answeredBeforeDeadline(register("s-down"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().exists("Retry-After"));
        answeredBeforeDeadline(get("/actuator/health/readiness")).andExpect(status().isServiceUnavailable());
        http.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
    }

    @Test
    @Order(2)
    void when_the_store_returns_commands_work_again_by_themselves() throws Exception {
        store = new MongoServer(new InMemoryBsonBackend());
        store.bind(ADDRESS.getHostString(), ADDRESS.getPort());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (http.perform(register("s-back")).andReturn().getResponse().getStatus() != 201) {
            assertThat(Instant.now()).as("commands recovered before the deadline").isBefore(deadline);
        }
    }

    private static MockHttpServletRequestBuilder register(String id) {
        return post("/api/clients").with(user("alice").roles("CONSUMER")).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"id": "%s", "name": "Acme Ltd", "kind": "ORGANISATION",
                         "annualRevenue": {"amount": 1, "currency": "USD"}, "accountManager": "alice"}
                        """.formatted(id));
    }

    private ResultActions answeredBeforeDeadline(MockHttpServletRequestBuilder request) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return http.perform(request);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).get(ANSWER_DEADLINE.toSeconds(), TimeUnit.SECONDS);
    }
}
