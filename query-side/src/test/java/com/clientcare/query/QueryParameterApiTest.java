package com.clientcare.query;

import com.clientcare.query.infra.InMemoryStoreApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A malformed query parameter or body on the query side is 400 problem+json whose {@code errors} name the
 * parameter (issue #12 item 4, #13 item 7), never a 500 or Spring's bare "Failed to convert".
 */
@WithMockUser(username = "admin", roles = "ADMIN")
class QueryParameterApiTest extends InMemoryStoreApiTest {

    @Test
    void a_negative_page_is_400_naming_it() throws Exception {
        expectInvalid(get("/api/clients/c-1/interactions?page=-1"), "page");
    }

    @Test
    void a_size_of_zero_is_400_naming_it() throws Exception {
        expectInvalid(get("/api/clients/c-1/interactions?size=0"), "size");
    }

    @Test
    void a_size_over_1000_is_400_naming_it() throws Exception {
        expectInvalid(get("/api/clients/c-1/interactions?size=1001"), "size");
    }

    @Test
    void an_unknown_channel_is_400_naming_it() throws Exception {
        expectInvalid(get("/api/clients/c-1/interactions?channel=FAX"), "channel");
    }

    @Test
    void a_from_that_is_not_a_date_is_400_naming_it() throws Exception {
        expectInvalid(get("/api/sla/breaches?from=notadate"), "from");
    }

    @Test
    void a_from_that_is_not_a_date_in_a_filter_is_400_naming_it() throws Exception {
        expectInvalid(get("/api/satisfaction/trends?from=notadate"), "from");
    }

    @Test
    void an_unknown_status_is_400_naming_it() throws Exception {
        expectInvalid(get("/api/complaints?status=NOPE"), "status");
    }

    @Test
    void an_as_of_that_is_not_an_instant_is_400_naming_it() throws Exception {
        expectInvalid(get("/api/audit/clients/c-1?asOf=garbage"), "asOf");
    }

    @Test
    void an_unknown_basis_is_400_naming_it() throws Exception {
        expectInvalid(get("/api/audit/clients/c-1?basis=SOMETHING"), "basis");
    }

    @Test
    void an_aggregate_id_no_record_can_have_is_400_naming_it() throws Exception {
        expectInvalid(get("/api/audit/clients/bad$id!/events.ndjson"), "aggregateId");
    }

    @Test
    void an_audit_page_of_zero_events_is_400_naming_the_limit() throws Exception {
        expectInvalid(get("/api/audit/events?limit=0"), "limit");
    }

    @Test
    void an_audit_page_over_1000_events_is_400_naming_the_limit() throws Exception {
        expectInvalid(get("/api/audit/events?limit=1001"), "limit");
    }

    @Test
    void a_missing_month_is_400_naming_it() throws Exception {
        expectInvalid(get("/api/reports/monthly"), "month");
    }

    @Test
    void malformed_json_is_400_naming_the_body() throws Exception {
        expectInvalid(post("/api/audit/replays").contentType(MediaType.APPLICATION_JSON).content("{\"projection\": "),
                "body");
    }

    @Test
    void a_duplicate_json_key_is_400_naming_the_field() throws Exception {
        expectInvalid(post("/api/audit/replays").contentType(MediaType.APPLICATION_JSON)
                .content("{\"projection\": \"client-summary\", \"projection\": \"complaints\"}"), "projection");
    }

    /** #16: every list of the query side is paged the same way, the total before paging in X-Total-Count. */
    @ParameterizedTest
    @ValueSource(strings = {"/api/clients", "/api/complaints", "/api/complaints/export.csv", "/api/sla/clocks",
            "/api/sla/breaches"})
    void a_list_answers_its_total_in_x_total_count(String path) throws Exception {
        http.perform(get(path + "?page=0&size=1000"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "0"));
    }

    /** #16: a size above 1,000 or a negative page, on every list, is 400 naming the parameter. */
    @ParameterizedTest
    @CsvSource({"/api/clients?size=1001, size", "/api/clients?page=-1, page",
            "/api/clients/c-1/transactions?size=1001, size", "/api/clients/c-1/transactions?page=-1, page",
            "/api/complaints?size=1001, size", "/api/complaints?page=-1, page",
            "/api/complaints/export.csv?size=1001, size", "/api/complaints/export.csv?page=-1, page",
            "/api/sla/clocks?size=1001, size", "/api/sla/clocks?page=-1, page",
            "/api/sla/breaches?size=1001, size", "/api/sla/breaches?page=-1, page"})
    void a_page_out_of_bounds_is_400_naming_the_parameter(String path, String parameter) throws Exception {
        expectInvalid(get(path), parameter);
    }

    private ResultActions expectInvalid(MockHttpServletRequestBuilder request, String field) throws Exception {
        return http.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }
}
