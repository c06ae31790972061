package com.clientcare.query;

import com.clientcare.query.infra.InMemoryStoreApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.test.context.support.WithMockUser;

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
        assertThat(output.getAll()).doesNotContain("\tat ");
    }
}
