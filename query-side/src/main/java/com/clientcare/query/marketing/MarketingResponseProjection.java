package com.clientcare.query.marketing;

import com.clientcare.query.infra.DocumentCollection;
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
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Marketing messages and responses (C5, C6): collection {@code marketing_contacts}; rates computed when asked. */
@Component
@ProcessingGroup(MarketingResponseProjection.NAME)
public class MarketingResponseProjection {

    public static final String NAME = "marketing-responses";

    private record CampaignChannel(String campaign, Channel channel) {
    }

    private final DocumentCollection<MarketingContact> contacts;

    public MarketingResponseProjection(MongoDatabase database, ObjectMapper mapper) {
        this.contacts = new DocumentCollection<>(database, "marketing_contacts", MarketingContact.class, mapper);
    }

    @EventHandler
    void on(MarketingMessageSentEvent event) {
        contacts.put("sent:" + event.messageId(), new MarketingContact(event.messageId(), event.clientId(),
                event.campaign(), event.channel(), null, event.sentAt()));
    }

    @EventHandler
    void on(MarketingResponseRecordedEvent event) {
        contacts.put("response:" + event.responseId(), new MarketingContact(event.responseId(), event.clientId(),
                event.campaign(), event.channel(), event.outcome(), event.occurredAt()));
    }

    @ResetHandler
    void reset() {
        contacts.clear();
    }

    @QueryHandler
    public List<MarketingResponseRate> handle(FindMarketingResponseRatesQuery query) {
        Map<CampaignChannel, List<MarketingContact>> byCampaign = contacts.find(new Document()).stream()
                .filter(contact -> query.campaign() == null || query.campaign().equals(contact.campaign()))
                .filter(contact -> query.channel() == null || query.channel() == contact.channel())
                .collect(Collectors.groupingBy(contact -> new CampaignChannel(contact.campaign(), contact.channel())));
        return byCampaign.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(CampaignChannel::campaign)
                        .thenComparing(CampaignChannel::channel)))
                .map(entry -> rate(entry.getKey(), entry.getValue()))
                .toList();
    }

    private static MarketingResponseRate rate(CampaignChannel key, List<MarketingContact> contacts) {
        int sent = count(contacts, null);
        int responded = count(contacts, MarketingOutcome.RESPONDED);
        int converted = count(contacts, MarketingOutcome.CONVERTED);
        return new MarketingResponseRate(key.campaign(), key.channel(), sent, count(contacts, MarketingOutcome.IGNORED),
                responded, converted, fraction(responded + converted, sent), fraction(converted, sent));
    }

    private static int count(List<MarketingContact> contacts, MarketingOutcome outcome) {
        return (int) contacts.stream().filter(contact -> contact.outcome() == outcome).count();
    }

    private static BigDecimal fraction(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
