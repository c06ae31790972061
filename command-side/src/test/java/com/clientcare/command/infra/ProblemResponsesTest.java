package com.clientcare.command.infra;

import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** How failures the store reports reach a caller; the store's own behaviour is tested in the event-store module. */
class ProblemResponsesTest {

    @RestController
    static class CreatingTwice {
        @PostMapping("/create")
        void create() {
            throw new AggregateStreamCreationException("the aggregate id is already in use");
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new CreatingTwice())
            .setControllerAdvice(new ProblemResponses()).build();

    @Test
    void an_aggregate_created_by_another_request_first_is_409_already_exists() throws Exception {
        mvc.perform(post("/create"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Already exists"))
                .andExpect(jsonPath("$.status").value(409));
    }
}
