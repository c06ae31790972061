package com.clientcare.query.client;

import com.clientcare.query.infra.InMemoryMongo;
import com.clientcare.shared.client.FindPurchaseHistoryQuery;
import com.clientcare.shared.client.PersonalDataErasedEvent;
import com.clientcare.shared.client.TransactionRecordedEvent;
import com.clientcare.shared.common.Money;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class PurchaseHistoryProjectionTest {

    private InMemoryMongo mongo;
    private PurchaseHistoryProjection projection;

    @BeforeEach
    void setUp() {
        mongo = new InMemoryMongo();
        projection = new PurchaseHistoryProjection(mongo.database("test"),
                new ObjectMapper().registerModule(new JavaTimeModule()));
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void c5_purchases_are_oldest_first_with_exact_totals_per_currency() {
        projection.on(purchase("t-2", "0.20", "USD", "2026-03-02T00:00:00Z"));
        projection.on(purchase("t-1", "0.10", "USD", "2026-03-01T00:00:00Z"));
        projection.on(purchase("t-3", "1200.50", "GBP", "2026-03-03T00:00:00Z"));
        projection.on(purchase("t-3", "1200.50", "GBP", "2026-03-03T00:00:00Z"));

        PurchaseHistory history = projection.handle(new FindPurchaseHistoryQuery("c-1", 0, 100));

        assertThat(history.transactions()).extracting(PurchaseView::id).containsExactly("t-1", "t-2", "t-3");
        assertThat(history.totals()).containsExactly(Money.of("1200.50", "GBP"), Money.of("0.30", "USD"));
    }

    @Test
    void c5_the_last_page_of_purchases_holds_the_newest_and_the_totals_cover_every_page() {
        projection.on(purchase("t-1", "0.10", "USD", "2026-03-01T00:00:00Z"));
        projection.on(purchase("t-2", "0.20", "USD", "2026-04-02T00:00:00Z"));

        PurchaseHistory last = projection.handle(new FindPurchaseHistoryQuery("c-1", 1, 1));

        assertThat(last.transactions()).extracting(PurchaseView::id).containsExactly("t-2");
        assertThat(last.totals()).containsExactly(Money.of("0.30", "USD"));
        assertThat(last.total()).isEqualTo(2);
    }

    @Test
    void c8_erasure_blanks_descriptions_and_keeps_amounts() {
        projection.on(purchase("t-1", "99.99", "USD", "2026-03-01T00:00:00Z"));

        projection.on(new PersonalDataErasedEvent("c-1", "request", Instant.parse("2026-04-01T00:00:00Z")));

        PurchaseView erased = projection.handle(new FindPurchaseHistoryQuery("c-1", 0, 100)).transactions().get(0);
        assertThat(erased.description()).isEqualTo("[erased]");
        assertThat(erased.amount()).isEqualTo(Money.of("99.99", "USD"));
    }

    /** A reset before a replay (#15): the purchase history starts empty, so the replay rebuilds it from the log alone. */
    @Test
    void c5_a_reset_empties_the_purchase_history() {
        projection.on(purchase("t-1", "10.00", "USD", "2026-03-01T00:00:00Z"));

        projection.reset();

        assertThat(projection.handle(new FindPurchaseHistoryQuery("c-1", 0, 100)).transactions()).isEmpty();
    }

    private static TransactionRecordedEvent purchase(String id, String amount, String currency, String at) {
        return new TransactionRecordedEvent("c-1", id, Money.of(amount, currency), "fees for " + id, Instant.parse(at));
    }
}
