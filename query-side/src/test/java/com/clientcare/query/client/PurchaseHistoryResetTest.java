package com.clientcare.query.client;

import com.clientcare.query.infra.InMemoryMongo;
import com.clientcare.shared.client.FindPurchaseHistoryQuery;
import com.clientcare.shared.client.TransactionRecordedEvent;
import com.clientcare.shared.common.Money;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A reset before a replay (#15): the purchase history starts empty, so the replay rebuilds it from the log alone. */
class PurchaseHistoryResetTest {

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
    void c5_a_reset_empties_the_purchase_history() {
        projection.on(new TransactionRecordedEvent("c-1", "t-1", Money.of("10.00", "USD"), "fee",
                Instant.parse("2026-03-01T00:00:00Z")));

        projection.reset();

        assertThat(projection.handle(new FindPurchaseHistoryQuery("c-1")).transactions()).isEmpty();
    }
}
