package com.clientcare.shared.client;

import com.clientcare.shared.common.DataSubject;
import com.clientcare.shared.common.PersonalData;

import java.time.Instant;

/** C7: feedback from the client; the tier and account manager when it was given are part of the fact. */
public record FeedbackReceivedEvent(
        @DataSubject String clientId,
        String feedbackId,
        Integer csat,
        Integer nps,
        @PersonalData String comment,
        FeedbackContext context,
        Instant occurredAt,
        Tier clientTier,
        String accountManager) implements ClientEvent {
}
