package com.clientcare.query.marketing;

import com.clientcare.query.infra.InMemoryMongo;
import com.clientcare.shared.client.FindMarketingResponseRatesQuery;
import com.clientcare.shared.client.MarketingMessageSentEvent;
import com.clientcare.shared.client.MarketingOutcome;
import com.clientcare.shared.client.MarketingResponseRecordedEvent;
import com.clientcare.shared.common.Channel;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Response rates (C5) by campaign and by channel (#15): each filter selects what it names and nothing else. */
class MarketingResponseFiltersTest {

    private static final Instant AT = Instant.parse("2026-03-01T00:00:00Z");

    private InMemoryMongo mongo;
    private MarketingResponseProjection projection;

    @BeforeEach
    void setUp() {
        mongo = new InMemoryMongo();
        projection = new MarketingResponseProjection(mongo.database("test"),
                new ObjectMapper().registerModule(new JavaTimeModule()));
        projection.on(new MarketingMessageSentEvent("c-1", "m-1", "spring", Channel.EMAIL, AT));
        projection.on(new MarketingMessageSentEvent("c-1", "m-2", "spring", Channel.SMS, AT));
        projection.on(new MarketingMessageSentEvent("c-1", "m-3", "autumn", Channel.EMAIL, AT));
        projection.on(new MarketingResponseRecordedEvent("c-1", "r-1", "autumn", Channel.EMAIL,
                MarketingOutcome.RESPONDED, AT));
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void c5_rates_of_one_campaign_leave_the_others_out() {
        assertThat(projection.handle(new FindMarketingResponseRatesQuery("autumn", null)))
                .extracting(MarketingResponseRate::campaign, MarketingResponseRate::channel, MarketingResponseRate::sent,
                        MarketingResponseRate::responded)
                .containsExactly(tuple("autumn", Channel.EMAIL, 1, 1));
    }

    @Test
    void c5_rates_on_one_channel_leave_the_others_out() {
        assertThat(projection.handle(new FindMarketingResponseRatesQuery(null, Channel.SMS)))
                .extracting(MarketingResponseRate::campaign, MarketingResponseRate::channel)
                .containsExactly(tuple("spring", Channel.SMS));
    }

    @Test
    void c5_a_reset_empties_the_rates() {
        projection.reset();
        assertThat(projection.handle(new FindMarketingResponseRatesQuery(null, null))).isEmpty();
    }

    @Test
    void c5_rates_of_every_campaign_and_channel_in_order() {
        assertThat(projection.handle(new FindMarketingResponseRatesQuery(null, null)))
                .extracting(MarketingResponseRate::campaign, MarketingResponseRate::channel)
                .containsExactly(tuple("autumn", Channel.EMAIL), tuple("spring", Channel.EMAIL),
                        tuple("spring", Channel.SMS));
    }
}
