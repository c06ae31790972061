package com.clientcare.query.client;

import com.clientcare.query.infra.DocumentCollection;
import com.clientcare.shared.client.AccountManagerReassignedEvent;
import com.clientcare.shared.client.AgreementSignedEvent;
import com.clientcare.shared.client.AnnualRevenueChangedEvent;
import com.clientcare.shared.client.ClientRegisteredEvent;
import com.clientcare.shared.client.ConsultationHeldEvent;
import com.clientcare.shared.client.FindClientQuery;
import com.clientcare.shared.client.FindClientsQuery;
import com.clientcare.shared.client.MarketingConsentChangedEvent;
import com.clientcare.shared.client.NewsletterSubscriptionChangedEvent;
import com.clientcare.shared.client.PersonalDataErasedEvent;
import com.clientcare.shared.client.RecommendationMadeEvent;
import com.clientcare.shared.client.RewardsClubMembershipChangedEvent;
import com.clientcare.shared.client.TierChangedEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The client summary read model: collection {@code client_summaries}, one document per client. Each event sets
 * the fields it is about, so replaying an event leaves the same document.
 */
@Component
@ProcessingGroup(ClientSummaryProjection.NAME)
public class ClientSummaryProjection {

    public static final String NAME = "client-summary";
    static final String ERASED = "[erased]";

    private final DocumentCollection<ClientSummary> summaries;

    public ClientSummaryProjection(MongoDatabase database, ObjectMapper mapper) {
        this.summaries = new DocumentCollection<>(database, "client_summaries", ClientSummary.class, mapper);
    }

    @EventHandler
    void on(ClientRegisteredEvent event) {
        var contact = event.contact();
        summaries.put(event.clientId(), new ClientSummary(event.clientId(), event.name(), event.kind(), event.tier(),
                event.engagementLevel(), event.accountManager(), event.annualRevenue(),
                contact == null ? null : contact.email(), contact == null ? null : contact.phone(),
                contact == null ? null : contact.postalAddress(), event.preferredChannels(),
                event.marketingConsent(), event.registeredAt(), false, null, AgreementStatus.NONE, List.of(), false, false,
                false, null));
    }

    @EventHandler
    void on(AnnualRevenueChangedEvent event) {
        summaries.set(event.clientId(), Map.of("annualRevenue", event.to()));
    }

    @EventHandler
    void on(TierChangedEvent event) {
        summaries.set(event.clientId(), Map.of("tier", event.to(), "engagementLevel", event.engagementLevel()));
    }

    @EventHandler
    void on(AccountManagerReassignedEvent event) {
        summaries.set(event.clientId(), Map.of("accountManager", event.to()));
    }

    @EventHandler
    void on(MarketingConsentChangedEvent event) {
        summaries.set(event.clientId(), Map.of("marketingConsent." + event.channel().name(), event.granted()));
    }

    @EventHandler
    void on(ConsultationHeldEvent event) {
        if (event.initial()) {
            summaries.set(event.clientId(), Map.of("consultationDone", true,
                    "initialConsultationAt", event.occurredAt()));
        }
    }

    @EventHandler
    void on(RecommendationMadeEvent event) {
        summaries.setWhere(Filters.and(Filters.eq("_id", event.clientId()),
                        Filters.eq("agreementStatus", AgreementStatus.NONE.name())),
                Map.of("agreementStatus", AgreementStatus.RECOMMENDED));
    }

    @EventHandler
    void on(AgreementSignedEvent event) {
        summaries.set(event.clientId(), Map.of("agreementStatus", AgreementStatus.AGREED));
        summaries.addToSet(event.clientId(), "agreementIds", event.agreementId());
    }

    @EventHandler
    void on(RewardsClubMembershipChangedEvent event) {
        summaries.set(event.clientId(), Map.of("rewardsClubMember", event.member()));
    }

    @EventHandler
    void on(NewsletterSubscriptionChangedEvent event) {
        summaries.set(event.clientId(), Map.of("newsletterSubscribed", event.subscribed()));
    }

    /** C8: personal fields read as erased from now on; tiers, amounts and dates stay. */
    @EventHandler
    void on(PersonalDataErasedEvent event) {
        summaries.get(event.clientId()).ifPresent(summary -> {
            Map<String, Object> erased = new HashMap<>(Map.of("name", ERASED, "personalDataErased", true,
                    "personalDataErasedAt", event.erasedAt()));
            if (summary.email() != null) {
                erased.put("email", ERASED);
            }
            if (summary.phone() != null) {
                erased.put("phone", ERASED);
            }
            if (summary.postalAddress() != null) {
                erased.put("postalAddress", ERASED);
            }
            summaries.set(event.clientId(), erased);
        });
    }

    @ResetHandler
    void reset() {
        summaries.clear();
    }

    @QueryHandler
    public Optional<ClientSummary> handle(FindClientQuery query) {
        return summaries.get(query.clientId());
    }

    @QueryHandler
    public List<ClientSummary> handle(FindClientsQuery query) {
        var filter = query.tier() == null ? new Document() : Filters.eq("tier", query.tier().name());
        return summaries.find(filter).stream()
                .sorted(Comparator.comparing(ClientSummary::registeredAt).thenComparing(ClientSummary::id))
                .toList();
    }
}
