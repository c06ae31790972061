package com.clientcare.command;

import com.clientcare.web.api.ApiDescriptionCheck;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The command side's {@code /v3/api-docs} is one a newcomer can use (issue #20): checked over whatever operations
 * the controllers have, so it stays right when they are renamed or added.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiDescriptionTest extends EmbeddedStoreTest {

    @Autowired
    MockMvc http;
    @Autowired
    ObjectMapper mapper;

    JsonNode api;
    ApiDescriptionCheck check;

    @BeforeEach
    void readTheDescription() throws Exception {
        api = mapper.readTree(http.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
        check = new ApiDescriptionCheck(api);
    }

    @Test
    void the_title_names_the_application_and_the_description_says_how_to_authenticate() {
        assertThat(api.at("/info/title").asText()).isEqualTo("Client care: command side");
        assertThat(api.at("/info/description").asText()).contains("CONSUMER", "HTTP Basic", "Authorize");
    }

    @Test
    void every_operation_is_under_one_domain_tag_not_a_class_name() {
        assertThat(api.path("tags").findValuesAsText("name")).contains("Clients", "Marketing", "Satisfaction",
                "Complaints", "Service levels", "Client money").noneMatch(name -> name.endsWith("-controller"));
        assertThat(check.operationsNotUnderOneDomainTag()).isEmpty();
    }

    @Test
    void the_local_profile_declares_http_basic_and_every_operation_requires_it() {
        assertThat(api.at("/components/securitySchemes/basicAuth/scheme").asText()).isEqualTo("basic");
        assertThat(check.operationsWithoutSecurity()).isEmpty();
    }

    @Test
    void every_operation_documents_the_problems_it_can_answer_and_every_command_a_broken_rule() {
        assertThat(check.undocumentedErrorAnswers(true)).isEmpty();
    }

    @Test
    void every_command_body_has_an_example_with_the_fields_of_its_schema() {
        assertThat(api.at("/paths/~1api~1complaints/post/requestBody/content/application~1json/example/clientId")
                .isTextual()).isTrue();
        assertThat(check.bodiesWithoutExample()).isEmpty();
        assertThat(check.examplesUnlikeTheirSchema()).isEmpty();
    }

    @Test
    void only_the_api_is_described() {
        assertThat(check.pathsOutsideTheApi()).isEmpty();
    }
}
