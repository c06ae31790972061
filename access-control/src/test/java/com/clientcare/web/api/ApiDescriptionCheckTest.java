package com.clientcare.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The check finds what springdoc's undecorated document lacks (issue #20), so the applications' tests can fail. */
class ApiDescriptionCheckTest {

    /** Springdoc's document before {@link ApiDescriptionCustomizer}: class-named tag, no security, no errors. */
    private static final String UNDECORATED = """
            {"paths": {
              "/api/clients/{clientId}/feedback": {"post": {"tags": ["client-activity-controller"],
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Feedback"}}}},
                "responses": {"200": {"description": "OK"}}}},
              "/console": {"get": {"tags": ["dashboard-controller"], "responses": {"200": {"description": "OK"}}}}},
             "components": {"schemas": {"Feedback": {"type": "object", "required": ["context"],
               "properties": {"context": {"type": "string"}, "csat": {"type": "integer"}}}}}}
            """;

    private final ApiDescriptionCheck undecorated = check(UNDECORATED);

    @Test
    void a_tag_named_after_a_controller_is_a_finding() {
        assertThat(undecorated.operationsNotUnderOneDomainTag()).containsExactly(
                "POST /api/clients/{clientId}/feedback: tags [\"client-activity-controller\"]",
                "GET /console: tags [\"dashboard-controller\"]");
    }

    @Test
    void an_operation_without_a_security_requirement_is_a_finding() {
        assertThat(undecorated.operationsWithoutSecurity()).hasSize(2);
    }

    @Test
    void each_error_answer_a_command_can_give_but_does_not_document_is_a_finding() {
        assertThat(undecorated.undocumentedErrorAnswers(true)).filteredOn(f -> f.startsWith("POST"))
                .extracting(f -> f.substring(f.indexOf(": ") + 2, f.indexOf(" is")))
                .containsExactlyInAnyOrder("401", "403", "503", "400", "404", "409", "413", "422");
    }

    @Test
    void a_read_without_parameters_need_not_document_400_404_409_413_or_422() {
        assertThat(undecorated.undocumentedErrorAnswers(true)).filteredOn(f -> f.startsWith("GET"))
                .extracting(f -> f.substring(f.indexOf(": ") + 2, f.indexOf(" is")))
                .containsExactlyInAnyOrder("401", "403", "503");
    }

    @Test
    void a_body_without_an_example_is_a_finding() {
        assertThat(undecorated.bodiesWithoutExample()).containsExactly(
                "POST /api/clients/{clientId}/feedback: no example body");
    }

    @Test
    void an_example_with_a_field_its_schema_lacks_or_without_a_required_one_is_a_finding() {
        String drifted = UNDECORATED.replace("\"schema\": {\"$ref\"",
                "\"example\": {\"score\": 4}, \"schema\": {\"$ref\"");
        assertThat(check(drifted).examplesUnlikeTheirSchema()).containsExactly(
                "POST /api/clients/{clientId}/feedback: example field score is not in the schema",
                "POST /api/clients/{clientId}/feedback: example lacks required field context");
    }

    @Test
    void a_path_outside_the_api_is_a_finding() {
        assertThat(undecorated.pathsOutsideTheApi()).containsExactly("/console");
    }

    private static ApiDescriptionCheck check(String json) {
        try {
            return new ApiDescriptionCheck(new ObjectMapper().readTree(json));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
