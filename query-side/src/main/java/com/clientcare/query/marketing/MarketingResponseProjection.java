package com.clientcare.query.marketing;

import com.clientcare.query.infra.DocumentCollection;
import com.clientcare.query.infra.KeyIndex;
import com.clientcare.query.infra.KeyIndex.Placement;
import com.clientcare.shared.client.FindMarketingResponseRatesQuery;
import com.clientcare.shared.client.MarketingMessageSentEvent;
import com.clientcare.shared.client.MarketingOutcome;
import com.clientcare.shared.client.MarketingResponseRecordedEvent;
import com.clientcare.shared.common.Channel;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Marketing messages and responses (C5, C6): collection {@code marketing_contacts}; per campaign, channel and
 * outcome (or sent) a count in {@code marketing_contacts_keys}, from which the rates are computed when asked.
 */
@Component
@ProcessingGroup(MarketingResponseProjection.NAME)
public class MarketingResponseProjection {

    public static final String NAME = "marketing-responses";
    private static final String RATES = "rates";
    private static final String SENT = "SENT";
    // a campaign's name is free text: the parts of a bucket label are kept apart by a control character
    private static final String SEPARATOR = "\u001f";

    private record CampaignChannel(String campaign, Channel channel) {
    }

    private final DocumentCollection<MarketingContact> contacts;
    private final KeyIndex counts;

    public MarketingResponseProjection(MongoDatabase database, ObjectMapper mapper) {
        this.contacts = new DocumentCollection<>(database, "marketing_contacts", MarketingContact.class, mapper);
        this.counts = new KeyIndex(database, "marketing_contacts");
    }

    @EventHandler
    void on(MarketingMessageSentEvent event) {
        contacts.put("sent:" + event.messageId(), new MarketingContact(event.messageId(), event.clientId(),
                event.campaign(), event.channel(), null, event.sentAt()));
        count(event.campaign(), event.channel(), SENT, event.sentAt(), "sent:" + event.messageId());
    }

    @EventHandler
    void on(MarketingResponseRecordedEvent event) {
        contacts.put("response:" + event.responseId(), new MarketingContact(event.responseId(), event.clientId(),
                event.campaign(), event.channel(), event.outcome(), event.occurredAt()));
        count(event.campaign(), event.channel(), event.outcome().name(), event.occurredAt(),
                "response:" + event.responseId());
    }

    private void count(String campaign, Channel channel, String outcome, Instant at, String id) {
        counts.add(new Placement(RATES, String.join(SEPARATOR, campaign, channel.name(), outcome), at, id, List.of()));
    }

    @ResetHandler
    void reset() {
        contacts.clear();
        counts.clear();
    }

    @QueryHandler
    public List<MarketingResponseRate> handle(FindMarketingResponseRatesQuery query) {
        Map<CampaignChannel, Map<String, Integer>> byCampaign = new TreeMap<>(
                Comparator.comparing(CampaignChannel::campaign).thenComparing(CampaignChannel::channel));
        counts.counts(RATES).forEach((bucket, count) -> {
            String[] parts = bucket.split(SEPARATOR, -1);
            CampaignChannel key = new CampaignChannel(parts[0], Channel.valueOf(parts[1]));
            if ((query.campaign() == null || query.campaign().equals(key.campaign()))
                    && (query.channel() == null || query.channel() == key.channel())) {
                byCampaign.computeIfAbsent(key, k -> new HashMap<>()).merge(parts[2], count, Integer::sum);
            }
        });
        return byCampaign.entrySet().stream().map(entry -> rate(entry.getKey(), entry.getValue())).toList();
    }

    private static MarketingResponseRate rate(CampaignChannel key, Map<String, Integer> outcomes) {
        int sent = outcomes.getOrDefault(SENT, 0);
        int responded = outcomes.getOrDefault(MarketingOutcome.RESPONDED.name(), 0);
        int converted = outcomes.getOrDefault(MarketingOutcome.CONVERTED.name(), 0);
        return new MarketingResponseRate(key.campaign(), key.channel(), sent,
                outcomes.getOrDefault(MarketingOutcome.IGNORED.name(), 0), responded, converted,
                fraction(responded + converted, sent), fraction(converted, sent));
    }

    private static BigDecimal fraction(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
