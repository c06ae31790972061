package com.clientcare.query.account;

import com.clientcare.query.infra.InMemoryStoreApiTest;
import com.clientcare.shared.account.ClientAccountOpenedEvent;
import com.clientcare.shared.account.StatementIssuedEvent;
import com.clientcare.shared.common.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.Instant;
import java.util.List;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Client money (M1) on the query side over HTTP: paging, documents, what is not there yet, and who may read. */
@WithMockUser(username = "analyst", roles = "ANALYST")
class ClientAccountQueryApiTest extends InMemoryStoreApiTest {

    private static final Instant OPENED = Instant.parse("2026-01-05T10:00:00Z");

    @Autowired
    ClientAccountsProjection projection;

    @BeforeEach
    void openTwoAccounts() {
        for (String id : List.of("q-1", "q-2")) {
            projection.on(new ClientAccountOpenedEvent(id, "qc-1", OPENED, "survey", "GBP"), 0);
            projection.on(new StatementIssuedEvent(id, "qc-1", OPENED, 1, "account opened", Money.of("0.00", "GBP"),
                    List.of(), Money.of("0.00", "GBP")), 1);
        }
    }

    @Test
    void m1_a_clients_accounts_come_a_page_at_a_time_with_the_total() throws Exception {
        http.perform(get("/api/client-accounts?clientId=qc-1&size=1&page=1"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "2"))
                .andExpect(jsonPath("$[0].id").value("q-2"))
                .andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void m1_a_page_over_1000_accounts_is_400_naming_the_size() throws Exception {
        http.perform(get("/api/client-accounts?size=1001"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void m1_statement_1_is_served_as_a_pdf() throws Exception {
        http.perform(get("/api/client-accounts/q-1/statements/1.pdf"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));
    }

    @Test
    void m1_there_is_no_reconciliation_before_completion() throws Exception {
        http.perform(get("/api/client-accounts/q-1/reconciliation"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void m1_an_unknown_account_is_404() throws Exception {
        http.perform(get("/api/client-accounts/nothing/statements")).andExpect(status().isNotFound());
    }

    @Test
    @WithMockUser(username = "consumer", roles = "CONSUMER")
    void m1_finance_staff_record_movements_and_do_not_read_the_query_side() throws Exception {
        http.perform(get("/api/client-accounts/q-1")).andExpect(status().isForbidden());
    }
}
