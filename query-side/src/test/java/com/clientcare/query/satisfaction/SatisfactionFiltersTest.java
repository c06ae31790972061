package com.clientcare.query.satisfaction;

import com.clientcare.query.client.ClientSummary;
import com.clientcare.query.infra.InMemoryMongo;
import com.clientcare.shared.client.FeedbackContext;
import com.clientcare.shared.client.FeedbackReceivedEvent;
import com.clientcare.shared.client.PersonalDataErasedEvent;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.satisfaction.FindSatisfactionTrendsQuery;
import com.clientcare.shared.satisfaction.Granularity;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Satisfaction trends (C7) by time, tier and account manager (#15), each filter from both sides; C8 on comments. */
class SatisfactionFiltersTest {

    private static final Instant JAN_10 = Instant.parse("2026-01-10T10:00:00Z");
    private static final Instant JAN_20 = Instant.parse("2026-01-20T10:00:00Z");

    private InMemoryMongo mongo;
    private SatisfactionProjection projection;

    @BeforeEach
    void setUp() {
        mongo = new InMemoryMongo();
        projection = new SatisfactionProjection(mongo.database("test"),
                new ObjectMapper().registerModule(new JavaTimeModule()),
                new SatisfactionTrends(new ReportingPeriods(ZoneId.of("Europe/London"))));
        projection.on(new FeedbackReceivedEvent("c-1", "f-1", 5, 10, "great", FeedbackContext.PERIODIC, JAN_10,
                Tier.GOLD, "alice"));
        projection.on(new FeedbackReceivedEvent("c-2", "f-2", 2, 3, "slow", FeedbackContext.PERIODIC, JAN_20,
                Tier.SILVER, "bob"));
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void c7_answers_from_an_instant_include_one_given_then() {
        assertThat(responses(query(JAN_20, null, null, null))).isEqualTo(1);
    }

    @Test
    void c7_answers_up_to_an_instant_leave_one_given_then_out() {
        assertThat(responses(query(null, JAN_20, null, null))).isEqualTo(1);
    }

    @Test
    void c7_answers_of_one_tier_leave_the_other_tiers_out() {
        assertThat(responses(query(null, null, Tier.SILVER, null))).isEqualTo(1);
    }

    @Test
    void c7_answers_for_one_account_manager_leave_the_others_out() {
        assertThat(responses(query(null, null, null, "alice"))).isEqualTo(1);
    }

    @Test
    void c7_a_reset_empties_the_answers() {
        projection.reset();
        assertThat(comment("f-1")).isNull();
    }

    @Test
    void c8_erasure_blanks_the_comments_of_that_client_only() {
        projection.on(new PersonalDataErasedEvent("c-1", "client request", JAN_20));

        assertThat(comment("f-1")).isEqualTo(ClientSummary.ERASED);
        assertThat(comment("f-2")).isEqualTo("slow");
    }

    private int responses(FindSatisfactionTrendsQuery query) {
        List<SatisfactionTrend> trends = projection.handle(query);
        return trends.stream().mapToInt(SatisfactionTrend::responses).sum();
    }

    private String comment(String feedbackId) {
        Document stored = mongo.database("test").getCollection("feedback").find(Filters.eq("_id", feedbackId))
                .first();
        return stored == null ? null : stored.getString("comment");
    }

    private static FindSatisfactionTrendsQuery query(Instant from, Instant to, Tier tier, String manager) {
        return new FindSatisfactionTrendsQuery(Granularity.MONTH, from, to, tier, manager);
    }
}
