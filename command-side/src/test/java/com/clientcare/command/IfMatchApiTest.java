package com.clientcare.command;

import com.clientcare.shared.client.AccountManagerReassignedEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Optimistic concurrency on request (#19): If-Match names the aggregate's version (its last event's sequence
 * number, the query side's ETag); the repository checks it against the aggregate as loaded.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "alice", roles = "CONSUMER")
class IfMatchApiTest extends EmbeddedStoreTest {

    @Autowired
    MockMvc http;
    @Autowired
    EventStore eventStore;

    @Test
    void if_match_with_the_clients_version_records_the_change() throws Exception {
        register("im-current");

        reassign("im-current", "\"0\"").andExpect(status().isNoContent());
        reassign("im-current", "W/\"1\"").andExpect(status().isNoContent());

        assertThat(events("im-current")).hasSize(3);
    }

    @Test
    void if_match_with_a_version_the_client_has_moved_past_is_409_naming_the_header_and_records_nothing()
            throws Exception {
        register("im-stale");
        reassign("im-stale", null).andExpect(status().isNoContent());

        reassign("im-stale", "\"0\"")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("If-Match"))
                .andExpect(jsonPath("$.expectedVersion").value(0))
                .andExpect(jsonPath("$.actualVersion").value(1));
        assertThat(events("im-stale")).hasSize(2);
    }

    @Test
    void if_match_with_a_version_the_client_never_reached_is_409() throws Exception {
        register("im-future");

        reassign("im-future", "\"5\"").andExpect(status().isConflict())
                .andExpect(jsonPath("$.actualVersion").value(0));
        assertThat(events("im-future")).hasSize(1);
    }

    /** Another command-side instance stored a change this one's cached copy has not seen: not a conflict. */
    @Test
    void if_match_naming_a_change_stored_by_another_instance_is_checked_against_the_stored_client() throws Exception {
        register("im-other");
        reassign("im-other", null).andExpect(status().isNoContent());
        eventStore.publish(new GenericDomainEventMessage<>("Client", "im-other", 2,
                new AccountManagerReassignedEvent("im-other", "carol", "dave", "elsewhere", Instant.now())));

        reassign("im-other", "\"2\"").andExpect(status().isNoContent());

        assertThat(events("im-other")).hasSize(4);
    }

    @Test
    void if_match_on_a_complaint_is_checked_against_the_complaints_version() throws Exception {
        register("im-complainant");
        http.perform(post("/api/complaints").contentType(MediaType.APPLICATION_JSON).content("""
                        {"id": "im-complaint", "clientId": "im-complainant", "channel": "EMAIL",
                         "category": "SERVICE", "description": "slow"}
                        """))
                .andExpect(status().isCreated());

        http.perform(post("/api/complaints/im-complaint/escalations").contentType(MediaType.APPLICATION_JSON)
                        .header("If-Match", "\"3\"").content("{\"reason\": \"no answer\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.field").value("If-Match"));
        http.perform(post("/api/complaints/im-complaint/escalations").contentType(MediaType.APPLICATION_JSON)
                        .header("If-Match", "\"0\"").content("{\"reason\": \"no answer\"}"))
                .andExpect(status().isNoContent());
    }

    @Test
    void a_malformed_if_match_is_400_naming_the_header_and_records_nothing() throws Exception {
        register("im-malformed");

        reassign("im-malformed", "version one")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("If-Match")));
        assertThat(events("im-malformed")).hasSize(1);
    }

    private void register(String id) throws Exception {
        http.perform(post("/api/clients").contentType(MediaType.APPLICATION_JSON).content("""
                        {"id": "%s", "name": "Acme Ltd", "kind": "ORGANISATION", "email": "ops@acme.example",
                         "annualRevenue": {"amount": 1, "currency": "USD"}, "accountManager": "alice",
                         "preferredChannels": ["EMAIL"], "marketingConsent": {"EMAIL": true}}
                        """.formatted(id)))
                .andExpect(status().isCreated());
    }

    private ResultActions reassign(String id, String ifMatch) throws Exception {
        var request = put("/api/clients/" + id + "/account-manager").contentType(MediaType.APPLICATION_JSON)
                .content("{\"accountManager\": \"bob-" + System.nanoTime() + "\", \"reason\": \"rota\"}");
        return http.perform(ifMatch == null ? request : request.header("If-Match", ifMatch));
    }

    private List<? extends DomainEventMessage<?>> events(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().toList();
    }
}
