package com.clientcare.query.console;

import com.clientcare.query.infra.InMemoryStoreApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A console page refuses a malformed address, an unknown id or a page its role may not see with an HTML page in the
 * console's layout naming what is wrong (#21), while the API keeps answering the same mistakes with problem+json.
 */
@WithMockUser(username = "analyst", roles = "ANALYST")
class ConsoleErrorPagesTest extends InMemoryStoreApiTest {

    @Test
    void an_unknown_status_in_the_complaints_log_is_the_400_page_naming_it() throws Exception {
        expectPage(get("/console/complaints?status=NOPE"), 400).andExpect(content().string(
                containsString("data-field=\"status\"")));
    }

    @Test
    void a_month_that_is_no_month_is_the_400_page_naming_it() throws Exception {
        expectPage(get("/console/complaints?closedIn=March"), 400).andExpect(content().string(
                containsString("data-field=\"closedIn\"")));
    }

    @Test
    void a_missing_month_of_breaches_is_the_400_page_naming_it() throws Exception {
        expectPage(get("/console/service-levels/breaches"), 400).andExpect(content().string(
                containsString("data-field=\"month\"")));
    }

    @Test
    void a_page_number_that_is_no_number_is_the_400_page_naming_it() throws Exception {
        expectPage(get("/console/complaints?page=first"), 400).andExpect(content().string(
                containsString("data-field=\"page\"")));
    }

    @Test
    void an_address_no_console_page_answers_is_the_404_page() throws Exception {
        expectPage(get("/console/no-such-page"), 404);
    }

    @Test
    void a_complaint_never_logged_is_the_404_page() throws Exception {
        expectPage(get("/console/complaints/k-never"), 404).andExpect(content().string(containsString("k-never")));
    }

    @Test
    @WithMockUser(username = "consumer", roles = "CONSUMER")
    void a_page_the_role_may_not_see_is_the_403_page() throws Exception {
        expectPage(get("/console/complaints"), 403);
    }

    @Test
    void the_api_keeps_answering_an_unknown_status_with_problem_json() throws Exception {
        http.perform(get("/api/complaints?status=NOPE"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("status"));
    }

    @Test
    void the_api_keeps_answering_an_address_it_does_not_serve_with_problem_json() throws Exception {
        http.perform(get("/api/no-such-list"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    /** The page is the console's: its layout's title and the status in the heading. */
    private ResultActions expectPage(org.springframework.test.web.servlet.RequestBuilder request, int code)
            throws Exception {
        return http.perform(request)
                .andExpect(status().is(code))
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("<span class=\"status-code\">" + code + "</span>")))
                .andExpect(content().string(containsString("Client care console</title>")));
    }
}
