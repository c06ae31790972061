package com.clientcare.command;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** C8: the export holds everything the system keeps about the client, its complaints included (issue #12 item 10). */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "alice", roles = "CONSUMER")
class PersonalDataExportApiTest extends EmbeddedStoreTest {

    @Autowired
    MockMvc http;

    @Test
    void c8_the_export_holds_the_clients_complaints_with_their_descriptions() throws Exception {
        http.perform(post("/api/clients").contentType(MediaType.APPLICATION_JSON).content("""
                        {"id": "x-client", "name": "Acme Ltd", "kind": "ORGANISATION",
                         "annualRevenue": {"amount": 1, "currency": "USD"}, "accountManager": "alice"}
                        """))
                .andExpect(status().isCreated());
        http.perform(post("/api/complaints").contentType(MediaType.APPLICATION_JSON).content("""
                        {"id": "x-complaint", "clientId": "x-client", "channel": "EMAIL", "category": "STAFF",
                         "description": "the adviser was rude on the phone"}
                        """))
                .andExpect(status().isCreated());

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String export = export();
        while (!export.contains("\"recordId\":\"x-complaint\"")) {
            assertThat(Instant.now()).as("the complaint in the export before the deadline").isBefore(deadline);
            export = export();
        }
        assertThat(export).contains("ComplaintLoggedEvent", "the adviser was rude on the phone",
                "\"recordId\":\"x-client\"");
    }

    private String export() throws Exception {
        return http.perform(get("/api/clients/x-client/personal-data"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
