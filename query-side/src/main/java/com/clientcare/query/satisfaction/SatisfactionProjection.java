package com.clientcare.query.satisfaction;

import com.clientcare.query.client.ClientSummary;
import com.clientcare.query.infra.DocumentCollection;
import com.clientcare.shared.client.FeedbackReceivedEvent;
import com.clientcare.shared.client.PersonalDataErasedEvent;
import com.clientcare.shared.satisfaction.FindSatisfactionTrendsQuery;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/** Survey answers (C7): collection {@code feedback}, one document per answer; trends are computed when asked. */
@Component
@ProcessingGroup(SatisfactionProjection.NAME)
public class SatisfactionProjection {

    public static final String NAME = "satisfaction";

    private final DocumentCollection<FeedbackEntry> feedback;
    private final SatisfactionTrends trends;

    public SatisfactionProjection(MongoDatabase database, ObjectMapper mapper, SatisfactionTrends trends) {
        this.feedback = new DocumentCollection<>(database, "feedback", FeedbackEntry.class, mapper);
        this.trends = trends;
    }

    @EventHandler
    void on(FeedbackReceivedEvent event) {
        feedback.put(event.feedbackId(), new FeedbackEntry(event.feedbackId(), event.clientId(), event.csat(),
                event.nps(), event.comment(), event.context(), event.occurredAt(), event.clientTier(),
                event.accountManager()));
    }

    /** C8: comments are personal; the scores stay in the trends. */
    @EventHandler
    void on(PersonalDataErasedEvent event) {
        feedback.setWhere(Filters.and(Filters.eq("clientId", event.clientId()), Filters.ne("comment", null)),
                Map.of("comment", ClientSummary.ERASED));
    }

    @ResetHandler
    void reset() {
        feedback.clear();
    }

    @QueryHandler
    public List<SatisfactionTrend> handle(FindSatisfactionTrendsQuery query) {
        List<FeedbackEntry> answers = feedback.find(new Document()).stream()
                .filter(entry -> query.from() == null || !entry.occurredAt().isBefore(query.from()))
                .filter(entry -> query.to() == null || entry.occurredAt().isBefore(query.to()))
                .filter(entry -> query.tier() == null || entry.tier() == query.tier())
                .filter(entry -> query.accountManager() == null || query.accountManager().equals(entry.accountManager()))
                .toList();
        return trends.of(answers, query.granularity(), query.from(), query.to());
    }
}
