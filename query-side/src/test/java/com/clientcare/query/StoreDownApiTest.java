package com.clientcare.query;

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
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The store goes away and comes back (issue #12 item 5): reads fail at once with 503 and Retry-After instead of
 * hanging 30 s and answering 500, health and readiness say DOWN while liveness stays UP, and all recover by
 * themselves. The methods run in order: store up, store down, store back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("local")
@WithMockUser(username = "admin", roles = "ADMIN")
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StoreDownApiTest {

    /** Far below the driver's default wait of 30 s, far above the configured store timeout of 2 s. */
    private static final Duration ANSWER_DEADLINE = Duration.ofSeconds(10);

    private static MongoServer store = new MongoServer(new InMemoryBsonBackend());
    private static final InetSocketAddress ADDRESS = store.bind();

    @Autowired
    MockMvc http;

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("clientcare.mongodb.uri", () -> "mongodb://localhost:" + ADDRESS.getPort());
    }

    @AfterAll
    static void stop() {
        store.shutdownNow();
    }

    @Test
    @Order(1)
    void while_the_store_answers_health_and_readiness_are_up() throws Exception {
        http.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
        http.perform(get("/api/clients/nobody")).andExpect(status().isNotFound());
    }

    @Test
    @Order(2)
    void with_the_store_down_a_read_fails_fast_with_503_and_retry_after() throws Exception {
        store.shutdownNow();
        // the request runs on a thread of its own, where @WithMockUser does not reach
        answeredBeforeDeadline(get("/api/clients/nobody").with(user("admin").roles("ADMIN")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.status").value(503));
        // an audit read looks for erasures first (C8), and fails the same way
        answeredBeforeDeadline(get("/api/audit/events?limit=1").with(user("admin").roles("ADMIN")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().exists("Retry-After"));
    }

    @Test
    @Order(3)
    void with_the_store_down_health_and_readiness_are_down_and_liveness_is_up() throws Exception {
        answeredBeforeDeadline(get("/actuator/health")).andExpect(status().isServiceUnavailable());
        answeredBeforeDeadline(get("/actuator/health/readiness")).andExpect(status().isServiceUnavailable());
        http.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
    }

    @Test
    @Order(4)
    void when_the_store_returns_reads_recover_by_themselves() throws Exception {
        store = new MongoServer(new InMemoryBsonBackend());
        store.bind(ADDRESS.getHostString(), ADDRESS.getPort());
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (http.perform(get("/api/clients/nobody")).andReturn().getResponse().getStatus() != 404) {
            assertThat(Instant.now()).as("reads recovered before the deadline").isBefore(deadline);
        }
        http.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
    }

    private ResultActions answeredBeforeDeadline(RequestBuilder request) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return http.perform(request);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).get(ANSWER_DEADLINE.toSeconds(), TimeUnit.SECONDS);
    }
}
