package com.clientcare.command;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;


import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Snapshots of the Client aggregate: taken at the threshold, used to load it, sealed under the client's key (C8). */
@SpringBootTest(properties = {"clientcare.snapshots.client=5"})
@AutoConfigureMockMvc
@WithMockUser(username = "admin", roles = "ADMIN")
class ClientSnapshotTest extends EmbeddedStoreTest {

    private static final String NAME = "Snapshotted Person";

    @Autowired
    MockMvc http;
    @Autowired
    EventStorageEngine storageEngine;

    @Test
    void a_client_is_loaded_from_its_sealed_snapshot_and_still_after_its_key_is_destroyed() throws Exception {
        http.perform(post("/api/clients").contentType(MediaType.APPLICATION_JSON).content("""
                {"id": "snap-1", "name": "%s", "kind": "INDIVIDUAL", "accountManager": "alice",
                 "annualRevenue": {"amount": "1", "currency": "USD"}}
                """.formatted(NAME))).andExpect(status().isCreated());
        for (int i = 1; i <= 6; i++) {
            interaction("i-" + i, null).andExpect(status().isCreated());
        }
        assertThat(storageEngine.readSnapshot("snap-1")).isPresent();
        try (MongoClient client = MongoClients.create(uri())) {
            MongoDatabase database = client.getDatabase("clientcare");
            for (String collection : database.listCollectionNames()) {
                for (Document document : database.getCollection(collection).find()) {
                    assertThat(document.toJson()).as(collection).doesNotContain(NAME);
                }
            }
        }

        // an export lists every fact from the first, not the snapshot
        http.perform(get("/api/clients/snap-1/personal-data"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.facts[0].sequence").value(0))
                .andExpect(jsonPath("$.facts[0].type").value("ClientRegisteredEvent"))
                .andExpect(jsonPath("$.facts[6].type").value("InteractionRecordedEvent"));

        // the state restored from the snapshot knows the interactions recorded before it
        interaction("i-7", "i-2").andExpect(status().isCreated());
        interaction("i-8", "i-404").andExpect(status().isUnprocessableEntity());

        http.perform(delete("/api/clients/snap-1/personal-data").contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\": \"client request\"}")).andExpect(status().isNoContent());
        interaction("i-9", null).andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.rule").value("C8"));
    }

    @Test
    void c5_a_retry_of_a_fact_recorded_before_the_snapshot_is_still_the_same_fact_and_other_content_conflicts()
            throws Exception {
        http.perform(post("/api/clients").contentType(MediaType.APPLICATION_JSON).content("""
                {"id": "snap-2", "name": "%s", "kind": "INDIVIDUAL", "accountManager": "alice",
                 "annualRevenue": {"amount": "1", "currency": "USD"}}
                """.formatted(NAME))).andExpect(status().isCreated());
        for (int i = 1; i <= 6; i++) {
            transaction("snap-2", "t-" + i, "10.00").andExpect(status().isCreated());
        }
        assertThat(storageEngine.readSnapshot("snap-2")).isPresent();

        transaction("snap-2", "t-1", "10.00").andExpect(status().isCreated());
        transaction("snap-2", "t-1", "11.00").andExpect(status().isConflict());
        assertThat(storageEngine.readEvents("snap-2").asStream().count()).isEqualTo(7);
    }

    private ResultActions transaction(String clientId, String id, String amount) throws Exception {
        return http.perform(post("/api/clients/" + clientId + "/transactions").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"id": "%s", "amount": {"amount": "%s", "currency": "USD"}, "description": "fees"}
                        """.formatted(id, amount)));
    }

    private ResultActions interaction(String id, String inReplyTo) throws Exception {
        return http.perform(post("/api/clients/snap-1/interactions").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"id": "%s", "channel": "EMAIL", "direction": "INBOUND", "purpose": "ENQUIRY",
                         %s "handledBy": "alice", "summary": "about %s"}
                        """.formatted(id, inReplyTo == null ? "" : "\"inReplyTo\": \"" + inReplyTo + "\",", NAME)));
    }
}
