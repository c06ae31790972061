package com.clientcare.query.infra;

import org.axonframework.messaging.timeout.AxonTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.concurrent.CompletableFuture;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A query that outlasts Axon's handler timeout on a busy system is a 503 the caller may retry, not a 500: the load
 * test's correlations met it when their index trailed the log by thousands of events.
 */
class QueryTimeoutProblemTest {

    /** Asks the gateway as the controllers do, and the answer timed out. */
    @RestController
    static class SlowQueryController {
        @GetMapping("/api/slow")
        String slow() {
            return CompletableFuture.<String>failedFuture(new AxonTimeoutException("the handler took too long")).join();
        }
    }

    private final MockMvc http = MockMvcBuilders.standaloneSetup(new SlowQueryController())
            .setControllerAdvice(new ProblemResponses()).build();

    @Test
    void a_query_past_its_timeout_is_503_with_retry_after_as_problem_json() throws Exception {
        http.perform(get("/api/slow"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Query timed out"));
    }
}
