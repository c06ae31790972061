package com.clientcare.shared.complaint;

import com.clientcare.shared.client.Tier;
import com.clientcare.shared.common.Channel;
import com.clientcare.shared.common.DataSubject;
import com.clientcare.shared.common.PersonalData;

import java.time.Instant;

/** K1: a complaint is logged; it starts the S2, S4 and S5 clocks. */
public record ComplaintLoggedEvent(
        String complaintId,
        @DataSubject String clientId,
        Channel channel,
        ComplaintCategory category,
        @PersonalData String description,
        Instant receivedAt,
        boolean potentialClaim,
        EscalationLevel level,
        Tier clientTier) implements ComplaintEvent {
}
