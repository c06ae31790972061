package com.clientcare.query;

import com.clientcare.query.infra.InMemoryMongo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every list endpoint of the query side is paged the same way (API.md, #16): the total in X-Total-Count, a size
 * above 1,000 or a negative page is 400 problem+json naming the parameter.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("local")
@WithMockUser(username = "admin", roles = "ADMIN")
class PagedEndpointsApiTest {

    private static final InMemoryMongo MONGO = new InMemoryMongo();

    @Autowired
    MockMvc http;

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("clientcare.mongodb.uri", MONGO::uri);
    }

    @AfterAll
    static void stop() {
        MONGO.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/clients", "/api/complaints", "/api/complaints/export.csv", "/api/sla/clocks",
            "/api/sla/breaches"})
    void a_list_answers_its_total_in_x_total_count(String path) throws Exception {
        http.perform(get(path + "?page=0&size=1000"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/clients", "/api/clients/c-1/interactions", "/api/clients/c-1/transactions",
            "/api/complaints", "/api/complaints/export.csv", "/api/sla/clocks", "/api/sla/breaches"})
    void a_size_over_1000_is_400_naming_size(String path) throws Exception {
        http.perform(get(path + "?size=1001"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/clients", "/api/clients/c-1/interactions", "/api/clients/c-1/transactions",
            "/api/complaints", "/api/complaints/export.csv", "/api/sla/clocks", "/api/sla/breaches"})
    void a_negative_page_is_400_naming_page(String path) throws Exception {
        http.perform(get(path + "?page=-1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }
}
