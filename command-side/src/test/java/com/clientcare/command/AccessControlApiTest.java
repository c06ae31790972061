package com.clientcare.command;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;


import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Authentication and roles on the command side, with the local profile's users over HTTP Basic. */
@SpringBootTest(properties = {"clientcare.access.max-body-bytes=4096"})
@AutoConfigureMockMvc
@AutoConfigureObservability(tracing = false)
class AccessControlApiTest extends EmbeddedStoreTest {


    @Autowired
    MockMvc http;
    @Autowired
    EventStore eventStore;

    @Test
    void without_credentials_a_command_is_401_problem_json() throws Exception {
        http.perform(register("a-anon"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"client-care\""))
                .andExpect(jsonPath("$.status").value(401));
        assertThat(eventStore.readEvents("a-anon").asStream()).isEmpty();
    }

    @Test
    void a_wrong_password_is_401() throws Exception {
        http.perform(register("a-wrong").with(httpBasic("consumer", "guess")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void a_burst_of_wrong_passwords_for_one_user_is_429_for_that_user_and_no_one_else() throws Exception {
        for (int attempt = 0; attempt < 10; attempt++) {
            http.perform(register("a-guess").with(httpBasic("eve", "guess-" + attempt)))
                    .andExpect(status().isUnauthorized());
        }

        http.perform(register("a-guess").with(httpBasic("eve", "guess-10")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(register("a-not-held-back").with(httpBasic("consumer", "consumer-local")))
                .andExpect(status().isCreated());
        assertThat(eventStore.readEvents("a-guess").asStream()).isEmpty();
    }

    @Test
    void an_analyst_or_auditor_may_not_command_403_problem_json() throws Exception {
        for (String reader : new String[]{"analyst", "auditor"}) {
            http.perform(register("a-" + reader).with(httpBasic(reader, reader + "-local")))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.title").value("Forbidden"));
            assertThat(eventStore.readEvents("a-" + reader).asStream()).isEmpty();
        }
    }

    @Test
    void the_authenticated_user_is_the_user_in_the_event_metadata() throws Exception {
        http.perform(register("a-consumer").with(httpBasic("consumer", "consumer-local")))
                .andExpect(status().isCreated());

        assertThat(eventStore.readEvents("a-consumer").asStream().findFirst().orElseThrow().getMetaData())
                .containsEntry("user", "consumer");
    }

    @Test
    void c8_only_an_admin_erases_and_only_an_admin_or_the_account_manager_exports() throws Exception {
        http.perform(register("a-erase").with(httpBasic("consumer", "consumer-local"))).andExpect(status().isCreated());

        http.perform(get("/api/clients/a-erase/personal-data").with(httpBasic("bob", "bob-local")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(get("/api/clients/a-erase/personal-data").with(httpBasic("alice", "alice-local")))
                .andExpect(status().isOk());
        http.perform(erase("a-erase").with(httpBasic("consumer", "consumer-local"))).andExpect(status().isForbidden());
        http.perform(erase("a-erase").with(httpBasic("admin", "admin-local"))).andExpect(status().isNoContent());

        assertThat(eventStore.readEvents("a-erase").asStream().map(e -> e.getPayloadType().getSimpleName()))
                .containsExactly("ClientRegisteredEvent", "PersonalDataExportedEvent", "PersonalDataErasedEvent");
    }

    @Test
    void health_is_open_and_other_actuator_endpoints_are_for_admin() throws Exception {
        http.perform(get("/actuator/health")).andExpect(status().isOk());
        http.perform(get("/actuator/info").with(httpBasic("consumer", "consumer-local"))).andExpect(status().isForbidden());
        http.perform(get("/actuator/info").with(httpBasic("admin", "admin-local"))).andExpect(status().isOk());
    }

    @Test
    void metrics_are_for_the_metrics_role_and_admin_never_anonymous() throws Exception {
        http.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        http.perform(get("/actuator/prometheus").with(httpBasic("consumer", "consumer-local")))
                .andExpect(status().isForbidden());
        http.perform(get("/actuator/prometheus").with(httpBasic("auditor", "auditor-local")))
                .andExpect(status().isForbidden());
        http.perform(get("/actuator/prometheus").with(httpBasic("admin", "admin-local"))).andExpect(status().isOk());
        http.perform(get("/actuator/prometheus").with(httpBasic("metrics", "metrics-local")))
                .andExpect(status().isOk());
        http.perform(get("/actuator/info").with(httpBasic("metrics", "metrics-local")))
                .andExpect(status().isForbidden());
        http.perform(register("a-metrics").with(httpBasic("metrics", "metrics-local")))
                .andExpect(status().isForbidden());
    }

    @Test
    void s7_metrics_count_the_clocks_this_instance_starts_and_the_store_reports_its_appends() throws Exception {
        http.perform(register("a-clock").with(httpBasic("consumer", "consumer-local"))).andExpect(status().isCreated());
        http.perform(post("/api/clients/a-clock/interactions").with(httpBasic("consumer", "consumer-local"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"channel": "EMAIL", "direction": "INBOUND", "purpose": "ENQUIRY", "handledBy": "alice",
                         "summary": "a question"}
                        """)).andExpect(status().isCreated());

        long deadline = System.currentTimeMillis() + 15_000;
        String scraped = scrape();
        while (!scraped.contains("clientcare_sla_clocks_total{") && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            scraped = scrape();
        }
        assertThat(scraped).containsPattern("clientcare_sla_clocks_total\\{[^}]*outcome=\"started\"[^}]*rule=\"S1\"");
        assertThat(scraped).contains("clientcare_store_append_seconds_count", "clientcare_store_placement_commits_count",
                "http_server_requests_seconds_count");
    }

    private String scrape() throws Exception {
        return http.perform(get("/actuator/prometheus").with(httpBasic("metrics", "metrics-local")))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void a_body_over_the_limit_is_413_and_records_nothing() throws Exception {
        String huge = "x".repeat(5000);
        http.perform(post("/api/clients").with(httpBasic("consumer", "consumer-local"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\": \"a-huge\", \"name\": \"" + huge + "\"}"))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(eventStore.readEvents("a-huge").asStream()).isEmpty();
    }

    private static MockHttpServletRequestBuilder erase(String id) {
        return delete("/api/clients/" + id + "/personal-data")
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"client request\"}");
    }

    private static MockHttpServletRequestBuilder register(String id) {
        return post("/api/clients").contentType(MediaType.APPLICATION_JSON).content("""
                {"id": "%s", "name": "Acme Ltd", "kind": "ORGANISATION", "accountManager": "alice",
                 "annualRevenue": {"amount": "1", "currency": "USD"}}
                """.formatted(id));
    }
}
