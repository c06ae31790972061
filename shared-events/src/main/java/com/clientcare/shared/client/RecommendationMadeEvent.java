package com.clientcare.shared.client;

import com.clientcare.shared.common.DataSubject;
import com.clientcare.shared.common.PersonalData;

import java.time.Instant;
import java.util.List;

/** C4: two products and two services were recommended to the client. */
public record RecommendationMadeEvent(
        @DataSubject String clientId,
        String recommendationId,
        @PersonalData String needsAnalysis,
        List<String> products,
        List<String> services,
        String recommendedBy,
        Instant occurredAt) implements ClientEvent {
}
