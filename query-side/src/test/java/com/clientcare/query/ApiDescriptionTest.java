package com.clientcare.query;

import com.clientcare.query.infra.InMemoryStoreApiTest;
import com.clientcare.web.api.ApiDescriptionCheck;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The query side's {@code /v3/api-docs} is one a newcomer can use (issue #20), checked over whatever operations
 * exist; the console's pages are not part of it.
 */
class ApiDescriptionTest extends InMemoryStoreApiTest {

    private JsonNode api;
    private ApiDescriptionCheck check;

    @BeforeEach
    void readTheDescription() throws Exception {
        String json = http.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        api = new ObjectMapper().readTree(json);
        check = new ApiDescriptionCheck(api);
    }

    @Test
    void the_title_names_the_application_and_the_description_says_who_reads_it() {
        assertThat(api.at("/info/title").asText()).isEqualTo("Client care: query side");
        assertThat(api.at("/info/description").asText()).contains("ANALYST", "AUDITOR", "Authorize");
    }

    @Test
    void operations_are_tagged_by_domain_area_with_administration_apart_from_audit() {
        assertThat(api.at("/paths/~1api~1admin~1projections/get/tags/0").asText()).isEqualTo("Administration");
        assertThat(api.at("/paths/~1api~1audit~1integrity/get/tags/0").asText()).isEqualTo("Audit");
        assertThat(check.operationsNotUnderOneDomainTag()).isEmpty();
    }

    @Test
    void a_security_scheme_is_declared_and_required_by_every_operation() {
        assertThat(api.at("/components/securitySchemes").size()).isEqualTo(1);
        assertThat(check.operationsWithoutSecurity()).isEmpty();
    }

    @Test
    void every_operation_documents_the_problems_it_can_answer() {
        assertThat(check.undocumentedErrorAnswers(false)).isEmpty();
    }

    @Test
    void a_replay_request_has_an_example_naming_a_projection() {
        assertThat(api.at("/paths/~1api~1audit~1replays/post/requestBody/content/application~1json/example/projection")
                .asText()).isEqualTo("complaints-log");
        assertThat(check.bodiesWithoutExample()).isEmpty();
        assertThat(check.examplesUnlikeTheirSchema()).isEmpty();
    }

    @Test
    void the_console_is_not_in_the_api() {
        assertThat(check.pathsOutsideTheApi()).isEmpty();
    }
}
