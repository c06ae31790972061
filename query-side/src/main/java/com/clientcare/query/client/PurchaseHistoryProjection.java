package com.clientcare.query.client;

import com.clientcare.query.infra.DocumentCollection;
import com.clientcare.shared.client.FindPurchaseHistoryQuery;
import com.clientcare.shared.client.PersonalDataErasedEvent;
import com.clientcare.shared.client.TransactionRecordedEvent;
import com.clientcare.shared.common.Money;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Purchase history (C5): collection {@code client_purchases}, one document per transaction. */
@Component
@ProcessingGroup(PurchaseHistoryProjection.NAME)
public class PurchaseHistoryProjection {

    public static final String NAME = "purchase-history";

    private final DocumentCollection<PurchaseView> purchases;

    public PurchaseHistoryProjection(MongoDatabase database, ObjectMapper mapper) {
        this.purchases = new DocumentCollection<>(database, "client_purchases", PurchaseView.class, mapper);
    }

    @EventHandler
    void on(TransactionRecordedEvent event) {
        purchases.put(event.transactionId(), new PurchaseView(event.transactionId(), event.clientId(), event.amount(),
                event.description(), event.occurredAt()));
    }

    /** C8: a description may say personal things; amounts and dates stay. */
    @EventHandler
    void on(PersonalDataErasedEvent event) {
        purchases.setWhere(Filters.and(Filters.eq("clientId", event.clientId()), Filters.ne("description", null)),
                Map.of("description", ClientSummary.ERASED));
    }

    @ResetHandler
    void reset() {
        purchases.clear();
    }

    @QueryHandler
    public PurchaseHistory handle(FindPurchaseHistoryQuery query) {
        List<PurchaseView> history = purchases.find(Filters.eq("clientId", query.clientId())).stream()
                .sorted(Comparator.comparing(PurchaseView::occurredAt).thenComparing(PurchaseView::id))
                .toList();
        Map<String, BigDecimal> totals = new TreeMap<>();
        history.forEach(purchase -> totals.merge(purchase.amount().currency(), purchase.amount().amount(), BigDecimal::add));
        return new PurchaseHistory(query.clientId(), history, totals.entrySet().stream()
                .map(total -> new Money(total.getValue(), total.getKey()))
                .toList());
    }
}
