package com.clientcare.query.client;

import com.clientcare.query.infra.ReadModelFold;
import com.clientcare.shared.client.AccountManagerReassignedEvent;
import com.clientcare.shared.client.AgreementSignedEvent;
import com.clientcare.shared.client.AnnualRevenueChangedEvent;
import com.clientcare.shared.client.ClientEvent;
import com.clientcare.shared.client.ClientKind;
import com.clientcare.shared.client.ClientRegisteredEvent;
import com.clientcare.shared.client.ConsultationHeldEvent;
import com.clientcare.shared.client.EngagementLevel;
import com.clientcare.shared.client.MarketingConsentChangedEvent;
import com.clientcare.shared.client.NewsletterSubscriptionChangedEvent;
import com.clientcare.shared.client.PersonalDataErasedEvent;
import com.clientcare.shared.client.RecommendationMadeEvent;
import com.clientcare.shared.client.RewardsClubMembershipChangedEvent;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.client.TierChangedEvent;
import com.clientcare.shared.common.Channel;
import com.clientcare.shared.common.Money;
import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One client as analysts see it (GET /api/clients/{id}), and as auditors see it at any past instant: a fold
 * over the client's events, the same for the live read model and for a state as of an instant. Personal fields
 * read "[erased]" after erasure (C8); tiers, amounts and dates stay.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class ClientSummary {

    /** What a personal field reads once the client's personal data is erased (C8). */
    public static final String ERASED = "[erased]";

    private String id;
    private String name;
    private ClientKind kind;
    private Tier tier;
    private EngagementLevel engagementLevel;
    private String accountManager;
    private Money annualRevenue;
    private String email;
    private String phone;
    private String postalAddress;
    private List<Channel> preferredChannels = List.of();
    private Map<Channel, Boolean> marketingConsent = new TreeMap<>();
    private Instant registeredAt;
    private boolean consultationDone;
    private Instant initialConsultationAt;
    private AgreementStatus agreementStatus = AgreementStatus.NONE;
    private List<String> agreementIds = new ArrayList<>();
    private boolean rewardsClubMember;
    private boolean newsletterSubscribed;
    private boolean personalDataErased;
    private Instant personalDataErasedAt;

    ClientSummary() {
        // read back from its document
    }

    /** The client after these events of its history, in order; empty when they do not include its registration. */
    public static Optional<ClientSummary> fold(List<? extends ClientEvent> history) {
        return ReadModelFold.of(history,
                event -> event instanceof ClientRegisteredEvent registered ? registered(registered) : null,
                ClientSummary::apply);
    }

    static ClientSummary registered(ClientRegisteredEvent event) {
        ClientSummary summary = new ClientSummary();
        summary.id = event.clientId();
        summary.name = event.name();
        summary.kind = event.kind();
        summary.tier = event.tier();
        summary.engagementLevel = event.engagementLevel();
        summary.accountManager = event.accountManager();
        summary.annualRevenue = event.annualRevenue();
        if (event.contact() != null) {
            summary.email = event.contact().email();
            summary.phone = event.contact().phone();
            summary.postalAddress = event.contact().postalAddress();
        }
        summary.preferredChannels = List.copyOf(event.preferredChannels());
        summary.marketingConsent = new TreeMap<>(event.marketingConsent());
        summary.registeredAt = event.registeredAt();
        return summary;
    }

    /** Applies the next event of this client's history; events it is not about leave it as it was. */
    ClientSummary apply(ClientEvent event) {
        if (event instanceof AnnualRevenueChangedEvent changed) {
            annualRevenue = changed.to();
        } else if (event instanceof TierChangedEvent changed) {
            tier = changed.to();
            engagementLevel = changed.engagementLevel();
        } else if (event instanceof AccountManagerReassignedEvent reassigned) {
            accountManager = reassigned.to();
        } else if (event instanceof MarketingConsentChangedEvent changed) {
            marketingConsent.put(changed.channel(), changed.granted());
        } else if (event instanceof ConsultationHeldEvent held && held.initial()) {
            consultationDone = true;
            initialConsultationAt = held.occurredAt();
        } else if (event instanceof RecommendationMadeEvent && agreementStatus == AgreementStatus.NONE) {
            agreementStatus = AgreementStatus.RECOMMENDED;
        } else if (event instanceof AgreementSignedEvent signed) {
            agreementStatus = AgreementStatus.AGREED;
            if (!agreementIds.contains(signed.agreementId())) {
                agreementIds.add(signed.agreementId());
            }
        } else if (event instanceof RewardsClubMembershipChangedEvent changed) {
            rewardsClubMember = changed.member();
        } else if (event instanceof NewsletterSubscriptionChangedEvent changed) {
            newsletterSubscribed = changed.subscribed();
        } else if (event instanceof PersonalDataErasedEvent erased) {
            erase(erased.erasedAt());
        }
        return this;
    }

    private void erase(Instant at) {
        name = ERASED;
        email = email == null ? null : ERASED;
        phone = phone == null ? null : ERASED;
        postalAddress = postalAddress == null ? null : ERASED;
        personalDataErased = true;
        personalDataErasedAt = at;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public Tier tier() {
        return tier;
    }

    public EngagementLevel engagementLevel() {
        return engagementLevel;
    }

    public String accountManager() {
        return accountManager;
    }

    public Money annualRevenue() {
        return annualRevenue;
    }

    public Map<Channel, Boolean> marketingConsent() {
        return Map.copyOf(marketingConsent);
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public boolean consultationDone() {
        return consultationDone;
    }

    public Instant initialConsultationAt() {
        return initialConsultationAt;
    }

    public AgreementStatus agreementStatus() {
        return agreementStatus;
    }

    public List<String> agreementIds() {
        return List.copyOf(agreementIds);
    }

    public boolean rewardsClubMember() {
        return rewardsClubMember;
    }

    public boolean newsletterSubscribed() {
        return newsletterSubscribed;
    }

    public boolean personalDataErased() {
        return personalDataErased;
    }

    public Instant personalDataErasedAt() {
        return personalDataErasedAt;
    }
}
