package com.clientcare.query.client;

import com.clientcare.query.infra.DocumentCollection;
import com.clientcare.query.infra.KeyIndex;
import com.clientcare.query.infra.KeyIndex.Bucketing;
import com.clientcare.query.infra.KeyIndex.Placement;
import com.clientcare.query.infra.Paged;
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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Purchase history (C5): collection {@code client_purchases}, one document per transaction; each client's
 * purchases, oldest first with their amounts (so totals need no document), in {@code client_purchases_keys}.
 */
@Component
@ProcessingGroup(PurchaseHistoryProjection.NAME)
public class PurchaseHistoryProjection {

    public static final String NAME = "purchase-history";
    private static final int CURRENCY = 0;
    private static final int AMOUNT = 1;

    private final DocumentCollection<PurchaseView> purchases;
    private final KeyIndex histories;

    public PurchaseHistoryProjection(MongoDatabase database, ObjectMapper mapper) {
        this.purchases = new DocumentCollection<>(database, "client_purchases", PurchaseView.class, mapper)
                .indexedBy("clientId");
        this.histories = new KeyIndex(database, "client_purchases");
    }

    @EventHandler
    void on(TransactionRecordedEvent event) {
        purchases.put(event.transactionId(), new PurchaseView(event.transactionId(), event.clientId(), event.amount(),
                event.description(), event.occurredAt()));
        histories.add(new Placement(history(event.clientId()), Bucketing.MONTH, event.occurredAt(),
                event.transactionId(), List.of(event.amount().currency(), event.amount().amount().toPlainString())));
    }

    /** C8: a description may say personal things; amounts and dates stay. */
    @EventHandler
    void on(PersonalDataErasedEvent event) {
        List<String> ids = histories.ids(history(event.clientId()), Bucketing.MONTH);
        purchases.setWhere(Filters.and(Filters.in("_id", ids), Filters.ne("description", null)),
                Map.of("description", ClientSummary.ERASED));
    }

    @ResetHandler
    void reset() {
        purchases.clear();
        histories.clear();
    }

    @QueryHandler
    public PurchaseHistory handle(FindPurchaseHistoryQuery query) {
        List<KeyIndex.Entry> all = histories.all(history(query.clientId()), Bucketing.MONTH);
        Map<String, BigDecimal> totals = new TreeMap<>();
        all.forEach(entry -> totals.merge(entry.tag(CURRENCY), new BigDecimal(entry.tag(AMOUNT)), BigDecimal::add));
        List<String> page = all.stream()
                .skip(Paged.offset(query.page(), query.size()))
                .limit(query.size())
                .map(KeyIndex.Entry::id)
                .toList();
        return new PurchaseHistory(query.clientId(), purchases.getAll(page), totals.entrySet().stream()
                .map(total -> new Money(total.getValue(), total.getKey()))
                .toList(), all.size());
    }

    private static String history(String clientId) {
        return "client:" + clientId;
    }
}
