package com.clientcare.shared.client;

import com.clientcare.shared.common.Channel;
import com.clientcare.shared.common.DataSubject;
import com.clientcare.shared.common.Money;
import com.clientcare.shared.common.PersonalData;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** C1, C2: a client file was opened; the tier and engagement level are facts decided at registration. */
public record ClientRegisteredEvent(
        @DataSubject String clientId,
        @PersonalData String name,
        ClientKind kind,
        @PersonalData ContactDetails contact,
        Money annualRevenue,
        Tier tier,
        EngagementLevel engagementLevel,
        String accountManager,
        List<Channel> preferredChannels,
        Map<Channel, Boolean> marketingConsent,
        Instant registeredAt) implements ClientEvent {
}
