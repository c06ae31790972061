package com.clientcare.command;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A refusal the caller was told about is one log line without a stack trace; an unexpected failure keeps its
 * stack trace; both carry the request's correlation id (issue #20).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ErrorLoggingTest.FailingController.class)
@ExtendWith(OutputCaptureExtension.class)
@WithMockUser(username = "alice", roles = "CONSUMER")
class ErrorLoggingTest extends EmbeddedStoreTest {

    /** Stands for any defect: an exception no handler expects. */
    @RestController
    static class FailingController {
        @GetMapping("/api/test/failure")
        String fail() {
            throw new IllegalStateException("a defect the test provokes");
        }
    }

    @Autowired
    MockMvc http;

    @Test
    void an_unknown_id_is_logged_in_one_info_line_without_a_stack_trace(CapturedOutput output) throws Exception {
        http.perform(put("/api/clients/c-log-unknown/newsletter").header("X-Correlation-Id", "log-404")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"subscribed\": true}"))
                .andExpect(status().isNotFound());

        assertThat(linesOf(output, "log-404")).singleElement().asString()
                .contains("INFO", "PUT /api/clients/c-log-unknown/newsletter answered 404", "Not found");
        assertThat(followingLines(output, "log-404")).isEmpty();
    }

    @Test
    void k1_a_broken_business_rule_is_logged_in_one_info_line_naming_it(CapturedOutput output) throws Exception {
        http.perform(post("/api/complaints").header("X-Correlation-Id", "log-422")
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"clientId": "c-log-nobody", "channel": "EMAIL", "category": "SERVICE",
                                 "description": "no such client"}
                                """))
                .andExpect(status().isUnprocessableEntity());

        assertThat(linesOf(output, "log-422")).singleElement().asString()
                .contains("INFO", "POST /api/complaints answered 422", "Business rule K1");
        assertThat(followingLines(output, "log-422")).isEmpty();
    }

    @Test
    void an_unexpected_failure_is_logged_with_its_stack_trace_and_answered_500_with_the_correlation_id(
            CapturedOutput output) throws Exception {
        http.perform(get("/api/test/failure").header("X-Correlation-Id", "log-500"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("X-Correlation-Id", "log-500"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("log-500")));

        assertThat(linesOf(output, "log-500")).singleElement().asString()
                .contains("ERROR", "GET /api/test/failure failed unexpectedly");
        assertThat(output.getAll()).contains("java.lang.IllegalStateException: a defect the test provokes",
                "\tat com.clientcare.command.ErrorLoggingTest$FailingController.fail");
    }

    /**
     * The lines after the request's log line that are not log lines of their own: where its stack trace would be
     * (the whole output may hold traces other threads logged, e.g. a closed test context's processors).
     */
    private static List<String> followingLines(CapturedOutput output, String correlationId) {
        List<String> lines = output.getAll().lines().toList();
        int logged = lines.indexOf(linesOf(output, correlationId).get(0));
        return lines.subList(logged + 1, lines.size()).stream()
                .takeWhile(line -> !line.matches("^\\d{4}-\\d\\d-\\d\\dT.*")).filter(line -> !line.isBlank()).toList();
    }

    /** The lines logged with this correlation id. */
    private static List<String> linesOf(CapturedOutput output, String correlationId) {
        return output.getAll().lines().filter(line -> line.contains("[" + correlationId + "]")).toList();
    }
}
