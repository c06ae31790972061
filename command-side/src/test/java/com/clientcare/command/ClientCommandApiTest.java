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

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The client command API over HTTP against a real (embedded, in-memory) MongoDB event store. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "alice", roles = "CONSUMER")
class ClientCommandApiTest extends EmbeddedStoreTest {


    @Autowired
    MockMvc http;
    @Autowired
    EventStore eventStore;

    @Test
    void c2_registering_a_client_answers_201_and_records_the_tier_with_who_and_why() throws Exception {
        register("c-gold", "{\"amount\": \"1000000.00\", \"currency\": \"USD\"}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/clients/c-gold"))
                .andExpect(jsonPath("$.id").value("c-gold"));

        List<? extends DomainEventMessage<?>> events = events("c-gold");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getPayloadType().getSimpleName()).isEqualTo("ClientRegisteredEvent");
        assertThat(events.get(0).getPayload()).hasFieldOrPropertyWithValue("tier",
                com.clientcare.shared.client.Tier.GOLD);
        assertThat(events.get(0).getMetaData())
                .containsEntry("user", "alice")
                .containsEntry("correlationId", "corr-1")
                .containsKey("causationId");
    }

    @Test
    void c1_a_retry_with_the_same_id_and_body_answers_the_same_and_records_once() throws Exception {
        String revenue = "{\"amount\": 250000, \"currency\": \"USD\"}";
        register("c-retry", revenue).andExpect(status().isCreated());
        register("c-retry", revenue).andExpect(status().isCreated()).andExpect(jsonPath("$.id").value("c-retry"));
        assertThat(events("c-retry")).hasSize(1);
    }

    @Test
    void c1_the_same_id_with_another_body_is_409_and_records_nothing_more() throws Exception {
        register("c-conflict", "{\"amount\": 250000, \"currency\": \"USD\"}").andExpect(status().isCreated());
        register("c-conflict", "{\"amount\": 750000, \"currency\": \"USD\"}")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(events("c-conflict")).hasSize(1);
    }

    @Test
    void c2_revenue_in_euros_is_422_naming_the_rule() throws Exception {
        register("c-eur", "{\"amount\": 250000, \"currency\": \"EUR\"}")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.rule").value("C2"))
                .andExpect(jsonPath("$.status").value(422));
        assertThat(events("c-eur")).isEmpty();
    }

    @Test
    void negative_revenue_is_400_naming_the_field() throws Exception {
        register("c-negative", "{\"amount\": -1, \"currency\": \"USD\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("annualRevenue.amount")));
        assertThat(events("c-negative")).isEmpty();
    }

    @Test
    void revenue_finer_than_a_cent_is_400_naming_the_field() throws Exception {
        register("c-fine", "{\"amount\": \"499999.995\", \"currency\": \"USD\"}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("annualRevenue.amount")));
        assertThat(events("c-fine")).isEmpty();
    }

    @Test
    void a_purchase_finer_than_its_currencys_minor_unit_is_400_naming_the_field() throws Exception {
        register("c-cents", "{\"amount\": \"1.50\", \"currency\": \"USD\"}").andExpect(status().isCreated());
        http.perform(post("/api/clients/c-cents/transactions").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"amount\": {\"amount\": \"1.005\", \"currency\": \"EUR\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("amount.amount")));
        http.perform(post("/api/clients/c-cents/transactions").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"amount\": {\"amount\": \"1.0100\", \"currency\": \"EUR\"}}"))
                .andExpect(status().isCreated());
        assertThat(events("c-cents")).hasSize(2);
    }

    @Test
    void an_unknown_currency_is_400_naming_the_field() throws Exception {
        register("c-xyz", "{\"amount\": 1, \"currency\": \"XYZ\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("annualRevenue.currency")));
    }

    @Test
    void a_missing_name_is_400_naming_the_field() throws Exception {
        http.perform(post("/api/clients").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"INDIVIDUAL\", \"accountManager\": \"alice\","
                                + " \"annualRevenue\": {\"amount\": 1, \"currency\": \"USD\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")));
    }

    @Test
    void an_unknown_enum_value_is_400_naming_the_field_and_the_allowed_values() throws Exception {
        http.perform(post("/api/clients").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"X\", \"kind\": \"ROBOT\", \"accountManager\": \"alice\","
                                + " \"annualRevenue\": {\"amount\": 1, \"currency\": \"USD\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"))
                .andExpect(jsonPath("$.errors[0].message", startsWith("must be one of [INDIVIDUAL, ORGANISATION]")));
    }

    @Test
    void malformed_json_is_400() throws Exception {
        http.perform(post("/api/clients").contentType(MediaType.APPLICATION_JSON).content("{\"name\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Malformed request"));
    }

    @Test
    void an_interaction_for_an_unknown_client_is_404() throws Exception {
        http.perform(post("/api/clients/nobody/interactions").contentType(MediaType.APPLICATION_JSON)
                        .content(interaction("i-1", null)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(events("nobody")).isEmpty();
    }

    @Test
    void c5_an_interaction_is_recorded_and_a_reply_to_nothing_is_422() throws Exception {
        register("c-talk", "{\"amount\": 1, \"currency\": \"USD\"}").andExpect(status().isCreated());
        http.perform(post("/api/clients/c-talk/interactions").contentType(MediaType.APPLICATION_JSON)
                        .content(interaction("i-1", null)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/clients/c-talk/interactions/i-1"));
        http.perform(post("/api/clients/c-talk/interactions").contentType(MediaType.APPLICATION_JSON)
                        .content(interaction("i-2", "i-404")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.rule").value("C5"));
        assertThat(events("c-talk")).hasSize(2);
    }

    @Test
    void c5_a_reply_dated_before_its_enquiry_is_422_naming_occurred_at() throws Exception {
        register("c-early", "{\"amount\": 1, \"currency\": \"USD\"}", Instant.parse("2026-01-05T09:00:00Z"))
                .andExpect(status().isCreated());
        http.perform(post("/api/clients/c-early/interactions").contentType(MediaType.APPLICATION_JSON)
                        .content(interaction("i-1", null)))
                .andExpect(status().isCreated());
        http.perform(post("/api/clients/c-early/interactions").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"id": "i-2", "channel": "EMAIL", "direction": "OUTBOUND", "purpose": "RESPONSE",
                                 "inReplyTo": "i-1", "handledBy": "alice", "summary": "answered",
                                 "occurredAt": "2026-02-02T09:00:00Z"}
                                """))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.rule").value("C5"))
                .andExpect(jsonPath("$.field").value("occurredAt"));
        assertThat(events("c-early")).hasSize(2);
    }

    @Test
    void c1_a_revenue_change_dated_before_the_back_dated_registration_is_422_naming_changed_at() throws Exception {
        register("c-since", "{\"amount\": 1, \"currency\": \"USD\"}", Instant.parse("2026-01-05T09:00:00Z"))
                .andExpect(status().isCreated());
        http.perform(put("/api/clients/c-since/annual-revenue").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"annualRevenue": {"amount": "2000000", "currency": "USD"}, "reason": "merger",
                                 "changedAt": "2025-12-01T09:00:00Z"}
                                """))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.rule").value("C1"))
                .andExpect(jsonPath("$.field").value("changedAt"));
        http.perform(put("/api/clients/c-since/annual-revenue").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"annualRevenue": {"amount": "2000000", "currency": "USD"}, "reason": "merger",
                                 "changedAt": "2026-02-01T09:00:00Z"}
                                """))
                .andExpect(status().isNoContent());
        assertThat(events("c-since")).hasSize(3);
    }

    @Test
    void a_path_id_with_forbidden_characters_is_400() throws Exception {
        http.perform(post("/api/clients/bad$id/interactions").contentType(MediaType.APPLICATION_JSON)
                        .content(interaction("i-1", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("clientId"));
    }

    private ResultActions register(String id, String revenueJson) throws Exception {
        return register(id, revenueJson, null);
    }

    private ResultActions register(String id, String revenueJson, Instant registeredAt) throws Exception {
        return http.perform(post("/api/clients").contentType(MediaType.APPLICATION_JSON)
                .header("X-Correlation-Id", "corr-1")
                .content("""
                        {"id": "%s", "name": "Acme Ltd", "kind": "ORGANISATION", "email": "ops@acme.example",
                         "annualRevenue": %s, "accountManager": "alice",
                         "preferredChannels": ["EMAIL"], "marketingConsent": {"EMAIL": true}%s}
                        """.formatted(id, revenueJson,
                        registeredAt == null ? "" : ", \"registeredAt\": \"" + registeredAt + "\"")));
    }

    private static String interaction(String id, String inReplyTo) {
        return """
                {"id": "%s", "channel": "EMAIL", "direction": "INBOUND", "purpose": "ENQUIRY",
                 %s "handledBy": "alice", "summary": "asked about fees"}
                """.formatted(id, inReplyTo == null ? "" : "\"inReplyTo\": \"" + inReplyTo + "\",");
    }

    private List<? extends DomainEventMessage<?>> events(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().toList();
    }
}
