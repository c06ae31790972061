package com.clientcare.command;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The business time a caller states is part of the fact (issue #12 items 7 and 8): a retry stating another
 * time is a different fact, and a time ahead of now (past a small tolerance) is refused naming the field.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "alice", roles = "CONSUMER")
class BusinessTimeApiTest extends EmbeddedStoreTest {

    @Autowired
    MockMvc http;
    @Autowired
    EventStore eventStore;

    @Test
    void c1_a_retry_stating_another_registration_time_is_409_and_keeps_the_first() throws Exception {
        register("t-reg", "\"registeredAt\": \"2026-01-05T09:00:00Z\",").andExpect(status().isCreated());
        register("t-reg", "\"registeredAt\": \"2026-01-06T09:00:00Z\",")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(events("t-reg")).hasSize(1);
    }

    @Test
    void c1_a_retry_stating_the_same_registration_time_is_the_same_fact() throws Exception {
        register("t-same", "\"registeredAt\": \"2026-01-05T09:00:00Z\",").andExpect(status().isCreated());
        register("t-same", "\"registeredAt\": \"2026-01-05T09:00:00Z\",").andExpect(status().isCreated());
        assertThat(events("t-same")).hasSize(1);
    }

    @Test
    void c1_a_retry_leaving_the_time_to_default_stays_idempotent() throws Exception {
        register("t-now", "").andExpect(status().isCreated());
        register("t-now", "").andExpect(status().isCreated());
        assertThat(events("t-now")).hasSize(1);
    }

    @Test
    void c5_an_interaction_retried_with_another_occurred_at_is_409() throws Exception {
        register("t-talk", "\"registeredAt\": \"2026-01-05T09:00:00Z\",").andExpect(status().isCreated());
        interaction("t-talk", "2026-02-02T10:00:00Z").andExpect(status().isCreated());
        interaction("t-talk", "2026-02-02T11:00:00Z").andExpect(status().isConflict());
        assertThat(events("t-talk")).hasSize(2);
    }

    @Test
    void c5_an_interaction_two_days_ahead_is_400_naming_occurred_at() throws Exception {
        register("t-ahead", "").andExpect(status().isCreated());
        interaction("t-ahead", Instant.now().plus(Duration.ofDays(2)).toString())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("occurredAt"));
        assertThat(events("t-ahead")).hasSize(1);
    }

    @Test
    void c5_an_interaction_a_minute_ahead_is_within_the_tolerance() throws Exception {
        register("t-skew", "").andExpect(status().isCreated());
        interaction("t-skew", Instant.now().plus(Duration.ofMinutes(1)).toString()).andExpect(status().isCreated());
    }

    @Test
    void k1_a_complaint_received_three_days_ahead_is_400_naming_received_at() throws Exception {
        register("t-owner", "").andExpect(status().isCreated());
        http.perform(post("/api/complaints").contentType(MediaType.APPLICATION_JSON).content("""
                        {"id": "t-k-ahead", "clientId": "t-owner", "channel": "EMAIL", "category": "SERVICE",
                         "description": "late", "receivedAt": "%s"}
                        """.formatted(Instant.now().plus(Duration.ofDays(3)))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("receivedAt"));
        assertThat(events("t-k-ahead")).isEmpty();
    }

    private ResultActions register(String id, String time) throws Exception {
        return http.perform(post("/api/clients").contentType(MediaType.APPLICATION_JSON).content("""
                {"id": "%s", "name": "Acme Ltd", "kind": "ORGANISATION", %s
                 "annualRevenue": {"amount": 1, "currency": "USD"}, "accountManager": "alice",
                 "preferredChannels": ["EMAIL"], "marketingConsent": {"EMAIL": true}}
                """.formatted(id, time)));
    }

    private ResultActions interaction(String clientId, String occurredAt) throws Exception {
        return http.perform(post("/api/clients/" + clientId + "/interactions").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"id": "i-1", "channel": "EMAIL", "direction": "INBOUND", "purpose": "ENQUIRY",
                         "handledBy": "alice", "summary": "fees", "occurredAt": "%s"}
                        """.formatted(occurredAt)));
    }

    private List<? extends DomainEventMessage<?>> events(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().toList();
    }
}
