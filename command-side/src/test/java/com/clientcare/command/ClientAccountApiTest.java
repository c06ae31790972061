package com.clientcare.command;

import com.clientcare.shared.account.MoneyDrawnDownEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Client money (M1) over HTTP against the embedded store: what is refused, with which status, and races. */
@SpringBootTest
@AutoConfigureMockMvc
class ClientAccountApiTest extends EmbeddedStoreTest {

    @Autowired
    MockMvc http;
    @Autowired
    EventStore eventStore;

    @Test
    void m1_opening_an_account_answers_201_and_records_who_opened_it() throws Exception {
        registerClient("acc-client-1");
        open("acc-1", "acc-client-1", "GBP")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/client-accounts/acc-1"));
        List<? extends DomainEventMessage<?>> events = events("acc-1");
        assertThat(events).extracting(event -> event.getPayloadType().getSimpleName())
                .containsExactly("ClientAccountOpenedEvent", "StatementIssuedEvent");
        assertThat(events).allSatisfy(event -> assertThat(event.getMetaData()).containsEntry("user", "finance"));
    }

    @Test
    void m1_an_account_of_an_unknown_client_is_404() throws Exception {
        open("acc-nobody", "nobody", "GBP")
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(events("acc-nobody")).isEmpty();
    }

    @Test
    void m1_an_account_in_an_unknown_currency_is_400_naming_the_field() throws Exception {
        registerClient("acc-client-2");
        open("acc-xxx", "acc-client-2", "XXY")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("currency")));
        assertThat(events("acc-xxx")).isEmpty();
    }

    @Test
    void m1_a_movement_on_an_unknown_account_is_404() throws Exception {
        receive("acc-missing", "10.00", "GBP").andExpect(status().isNotFound());
    }

    @Test
    void m1_a_zero_amount_is_400_naming_the_amount() throws Exception {
        openWith("acc-zero");
        receive("acc-zero", "0", "GBP")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("amount.amount")));
        assertThat(events("acc-zero")).hasSize(2);
    }

    @Test
    void m1_a_negative_amount_is_400_naming_the_amount() throws Exception {
        openWith("acc-negative");
        receive("acc-negative", "-5.00", "GBP")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("amount.amount")));
        assertThat(events("acc-negative")).hasSize(2);
    }

    @Test
    void m1_an_amount_finer_than_pence_is_400_naming_the_amount() throws Exception {
        openWith("acc-fine");
        receive("acc-fine", "10.005", "GBP")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("amount.amount")));
        assertThat(events("acc-fine")).hasSize(2);
    }

    @Test
    void m1_a_receipt_in_another_currency_is_422_m1() throws Exception {
        openWith("acc-usd");
        receive("acc-usd", "10.00", "USD")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.rule").value("M1"))
                .andExpect(jsonPath("$.field").value("amount.currency"));
        assertThat(events("acc-usd")).hasSize(2);
    }

    @Test
    void m1_a_draw_down_without_terms_is_422_m1() throws Exception {
        openWith("acc-noterms");
        receive("acc-noterms", "100.00", "GBP").andExpect(status().isCreated());
        drawDown("acc-noterms", "survey", "10.00")
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.rule").value("M1"));
        assertThat(events("acc-noterms")).hasSize(4);
    }

    @Test
    void m1_racing_draw_downs_never_take_the_balance_below_zero() throws Exception {
        openWith("acc-race");
        receive("acc-race", "1000.00", "GBP").andExpect(status().isCreated());
        as(put("/api/client-accounts/acc-race/draw-down-terms"), """
                {"stages": [{"name": "survey", "maxAmount": {"amount": "5000.00", "currency": "GBP"}}],
                 "agreedBy": "Ann Client"}""").andExpect(status().isNoContent());

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Callable<Integer> race = () -> drawDown("acc-race", "survey", "300.00").andReturn().getResponse()
                    .getStatus();
            answers.add(pool.submit(race));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();

        assertThat(statuses).isSubsetOf(201, 409, 422);
        assertThat(statuses).filteredOn(status -> status == 201).hasSize(3);
        BigDecimal drawn = events("acc-race").stream()
                .filter(event -> event.getPayload() instanceof MoneyDrawnDownEvent)
                .map(event -> ((MoneyDrawnDownEvent) event.getPayload()).amount().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(drawn).isEqualByComparingTo("900.00");
    }

    @Test
    void c8_the_personal_data_export_holds_the_clients_accounts() throws Exception {
        openWith("acc-export");
        // the account joins the export once the client-account-index processor has seen it: poll, with a deadline
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String export = exportOf("client-of-acc-export");
        while (!export.contains("\"recordId\":\"acc-export\"") && System.nanoTime() < deadline) {
            Thread.sleep(100);
            export = exportOf("client-of-acc-export");
        }
        assertThat(export).contains("\"recordId\":\"acc-export\"", "ClientAccountOpenedEvent");
    }

    private String exportOf(String clientId) throws Exception {
        return http.perform(get("/api/clients/" + clientId + "/personal-data").with(user("alice").roles("CONSUMER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private void openWith(String accountId) throws Exception {
        registerClient("client-of-" + accountId);
        open(accountId, "client-of-" + accountId, "GBP").andExpect(status().isCreated());
    }

    private void registerClient(String id) throws Exception {
        as(post("/api/clients"), """
                {"id": "%s", "name": "Acme Ltd", "kind": "ORGANISATION", "email": "ops@acme.example",
                 "annualRevenue": {"amount": "250000", "currency": "USD"}, "accountManager": "alice",
                 "preferredChannels": ["EMAIL"], "marketingConsent": {"EMAIL": true}}""".formatted(id))
                .andExpect(status().isCreated());
    }

    private ResultActions open(String id, String clientId, String currency) throws Exception {
        return as(post("/api/client-accounts"), """
                {"id": "%s", "clientId": "%s", "purpose": "building survey", "currency": "%s"}"""
                .formatted(id, clientId, currency));
    }

    private ResultActions receive(String accountId, String amount, String currency) throws Exception {
        return as(post("/api/client-accounts/" + accountId + "/receipts"), """
                {"amount": {"amount": "%s", "currency": "%s"}, "reference": "BACS 42"}""".formatted(amount, currency));
    }

    private ResultActions drawDown(String accountId, String stage, String amount) throws Exception {
        return as(post("/api/client-accounts/" + accountId + "/draw-downs"), """
                {"stage": "%s", "amount": {"amount": "%s", "currency": "GBP"}, "invoiceReference": "INV-1"}"""
                .formatted(stage, amount));
    }

    /** Each request carries its user itself, so that requests from several threads are all authenticated. */
    private ResultActions as(MockHttpServletRequestBuilder request, String body) throws Exception {
        return http.perform(request.with(user("finance").roles("CONSUMER")).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private List<? extends DomainEventMessage<?>> events(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().toList();
    }
}
