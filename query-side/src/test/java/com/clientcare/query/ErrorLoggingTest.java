package com.clientcare.query;

import com.clientcare.query.infra.InMemoryStoreApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The query side logs a refusal in one line with the request's correlation id, never a stack trace (issue #20). */
@ExtendWith(OutputCaptureExtension.class)
@WithMockUser(username = "analyst", roles = "ANALYST")
class ErrorLoggingTest extends InMemoryStoreApiTest {

    @Test
    void an_unknown_complaint_is_logged_in_one_info_line_with_the_correlation_id(CapturedOutput output)
            throws Exception {
        http.perform(get("/api/complaints/k-log-unknown").header("X-Correlation-Id", "query-404"))
                .andExpect(status().isNotFound())
                .andExpect(header().string("X-Correlation-Id", "query-404"));

        assertThat(output.getAll().lines().filter(line -> line.contains("[query-404]")))
                .singleElement().asString()
                .contains("INFO", "GET /api/complaints/k-log-unknown answered 404", "k-log-unknown is not known");
        // the next line is a log line of its own, not a stack trace (other threads may log theirs elsewhere)
        List<String> lines = output.getAll().lines().filter(line -> !line.isBlank()).toList();
        int logged = lines.indexOf(lines.stream().filter(line -> line.contains("[query-404]")).findFirst()
                .orElseThrow());
        assertThat(lines.subList(logged + 1, Math.min(lines.size(), logged + 2)))
                .allMatch(line -> line.matches("^\\d{4}-\\d\\d-\\d\\dT.*"));
    }
}
