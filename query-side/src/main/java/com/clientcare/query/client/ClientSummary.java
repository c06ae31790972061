package com.clientcare.query.client;

import com.clientcare.shared.client.ClientKind;
import com.clientcare.shared.client.EngagementLevel;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.common.Channel;
import com.clientcare.shared.common.Money;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One client as analysts see it (GET /api/clients/{id}); personal fields read "[erased]" after erasure (C8). */
public record ClientSummary(
        String id,
        String name,
        ClientKind kind,
        Tier tier,
        EngagementLevel engagementLevel,
        String accountManager,
        Money annualRevenue,
        String email,
        String phone,
        String postalAddress,
        List<Channel> preferredChannels,
        Map<Channel, Boolean> marketingConsent,
        Instant registeredAt,
        boolean consultationDone,
        Instant initialConsultationAt,
        AgreementStatus agreementStatus,
        List<String> agreementIds,
        boolean rewardsClubMember,
        boolean newsletterSubscribed,
        boolean personalDataErased,
        Instant personalDataErasedAt) {
}
