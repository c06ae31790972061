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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MarketingResponseProjectionTest {

    private static final Instant AT = Instant.parse("2026-03-01T00:00:00Z");

    private InMemoryMongo mongo;
    private MarketingResponseProjection projection;

    @BeforeEach
    void setUp() {
        mongo = new InMemoryMongo();
        projection = new MarketingResponseProjection(mongo.database("test"),
                new ObjectMapper().registerModule(new JavaTimeModule()));
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void c5_response_and_conversion_rates_per_campaign_and_channel() {
        for (int i = 1; i <= 4; i++) {
            projection.on(new MarketingMessageSentEvent("c-" + i, "m-" + i, "spring", Channel.EMAIL, AT));
        }
        projection.on(new MarketingMessageSentEvent("c-1", "m-1", "spring", Channel.EMAIL, AT));
        projection.on(response("r-1", Channel.EMAIL, MarketingOutcome.RESPONDED));
        projection.on(response("r-2", Channel.EMAIL, MarketingOutcome.CONVERTED));
        projection.on(response("r-3", Channel.EMAIL, MarketingOutcome.IGNORED));
        projection.on(response("r-4", Channel.SMS, MarketingOutcome.CONVERTED));

        List<MarketingResponseRate> rates = projection.handle(new FindMarketingResponseRatesQuery("spring", null));

        assertThat(rates).hasSize(2);
        MarketingResponseRate email = rates.get(0);
        assertThat(email.channel()).isEqualTo(Channel.EMAIL);
        assertThat(email.sent()).isEqualTo(4);
        assertThat(email.ignored()).isEqualTo(1);
        assertThat(email.responded()).isEqualTo(1);
        assertThat(email.converted()).isEqualTo(1);
        assertThat(email.responseRate()).isEqualByComparingTo("0.5");
        assertThat(email.conversionRate()).isEqualByComparingTo("0.25");
        assertThat(rates.get(1).responseRate()).isNull();
    }

    private static MarketingResponseRecordedEvent response(String id, Channel channel, MarketingOutcome outcome) {
        return new MarketingResponseRecordedEvent("c-1", id, "spring", channel, outcome, AT);
    }
}
