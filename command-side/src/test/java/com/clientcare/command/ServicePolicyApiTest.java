package com.clientcare.command;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.isOneOf;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** S6 over HTTP: the service policy and its annual review. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "admin", roles = "ADMIN")
class ServicePolicyApiTest extends EmbeddedStoreTest {

    @Autowired
    MockMvc http;

    @Test
    void s6_adopting_a_version_is_no_review_only_a_recorded_review_makes_the_review_current() throws Exception {
        http.perform(post("/api/service-policy/versions").contentType(MediaType.APPLICATION_JSON).content("""
                        {"reason": "longer assessment", "effectiveFrom": "2099-01-04T00:00:00Z",
                         "terms": {"zone": "Europe/London", "workingDays": ["MONDAY", "TUESDAY", "WEDNESDAY",
                         "THURSDAY", "FRIDAY"], "opensAt": "09:00", "closesAt": "17:00", "publicHolidays": [],
                         "emailResponseBusinessHours": {"PLATINUM": 2, "GOLD": 4, "SILVER": 8, "BRONZE": 24},
                         "followUpHours": 48, "assessmentHours": 48, "finalResponseDays": 28, "atRiskPercent": 75}}
                        """))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.versions.length()").value(2))
                .andExpect(jsonPath("$.lastReviewedAt").doesNotExist())
                .andExpect(jsonPath("$.review").value(isOneOf("DUE", "OVERDUE")));

        http.perform(post("/api/service-policy/reviews").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\": \"targets kept\"}"))
                .andExpect(status().isOk());
        http.perform(get("/api/service-policy"))
                .andExpect(jsonPath("$.lastReviewedAt").value(notNullValue()))
                .andExpect(jsonPath("$.review").value("CURRENT"));
    }
}
