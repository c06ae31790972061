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

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every check happens before a command is sent: a request that answers 4xx records nothing (issue #12), and
 * each refusal is problem+json naming what is wrong.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "alice", roles = {"CONSUMER", "ADMIN"})
class RequestAdmissionApiTest extends EmbeddedStoreTest {

    @Autowired
    MockMvc http;
    @Autowired
    EventStore eventStore;

    @Test
    void a_create_whose_answer_the_caller_cannot_accept_is_406_and_records_nothing() throws Exception {
        http.perform(post("/api/clients").contentType(MediaType.APPLICATION_JSON)
                        .accept(MediaType.APPLICATION_XML).content(client("c-xml")))
                .andExpect(status().isNotAcceptable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(events("c-xml")).isEmpty();
    }

    @Test
    void c8_an_export_whose_answer_the_caller_cannot_accept_is_406_and_is_not_recorded() throws Exception {
        register("c-export-xml").andExpect(status().isCreated());
        http.perform(get("/api/clients/c-export-xml/personal-data").accept(MediaType.TEXT_PLAIN))
                .andExpect(status().isNotAcceptable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(events("c-export-xml")).hasSize(1);
    }

    @Test
    void a_duplicate_json_key_is_400_naming_the_field() throws Exception {
        register("c-dup").andExpect(status().isCreated());
        http.perform(post("/api/clients/c-dup/interactions").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"channel": "EMAIL", "direction": "INBOUND", "purpose": "ENQUIRY",
                                 "handledBy": "alice", "summary": "a", "summary": "b"}
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("summary"));
        assertThat(events("c-dup")).hasSize(1);
    }

    @Test
    void a_duplicate_key_in_a_one_field_body_is_400_naming_the_field() throws Exception {
        http.perform(post("/api/complaints/k-dup/rejection").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"a\", \"reason\": \"b\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
    }

    @Test
    void control_characters_in_text_are_400_naming_the_field_and_record_nothing() throws Exception {
        register("c-ctrl").andExpect(status().isCreated());
        http.perform(post("/api/clients/c-ctrl/interactions").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"channel": "EMAIL", "direction": "INBOUND", "purpose": "ENQUIRY",
                                 "handledBy": "alice", "summary": "fees\\u0000\\u001b[2J"}
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("summary"));
        assertThat(events("c-ctrl")).hasSize(1);
    }

    @Test
    void k1_a_complaint_under_a_clients_id_is_409_and_records_nothing() throws Exception {
        register("c-taken").andExpect(status().isCreated());
        http.perform(post("/api/complaints").contentType(MediaType.APPLICATION_JSON).content(complaint("c-taken")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Id already used"));
        assertThat(events("c-taken")).hasSize(1);
    }

    @Test
    void c1_a_client_under_a_complaints_id_is_409_and_records_nothing() throws Exception {
        register("c-owner").andExpect(status().isCreated());
        http.perform(post("/api/complaints").contentType(MediaType.APPLICATION_JSON).content(complaint("k-taken")))
                .andExpect(status().isCreated());
        register("k-taken")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(events("k-taken")).allMatch(e -> e.getType().equals("Complaint"));
    }

    private ResultActions register(String id) throws Exception {
        return http.perform(post("/api/clients").contentType(MediaType.APPLICATION_JSON).content(client(id)));
    }

    private static String client(String id) {
        return """
                {"id": "%s", "name": "Acme Ltd", "kind": "ORGANISATION", "email": "ops@acme.example",
                 "annualRevenue": {"amount": 1, "currency": "USD"}, "accountManager": "alice",
                 "preferredChannels": ["EMAIL"], "marketingConsent": {"EMAIL": true}}
                """.formatted(id);
    }

    private static String complaint(String id) {
        return """
                {"id": "%s", "clientId": "c-owner", "channel": "EMAIL", "category": "SERVICE",
                 "description": "late reply"}
                """.formatted(id);
    }

    private List<? extends DomainEventMessage<?>> events(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().toList();
    }
}
