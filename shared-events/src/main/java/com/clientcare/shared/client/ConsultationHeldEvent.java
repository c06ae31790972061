package com.clientcare.shared.client;

import com.clientcare.shared.common.DataSubject;
import com.clientcare.shared.common.PersonalData;

import java.time.Instant;

/** C1: a consultation was held; the first is the initial consultation, in which rights and responsibilities are explained. */
public record ConsultationHeldEvent(
        @DataSubject String clientId,
        String consultationId,
        boolean initial,
        Instant occurredAt,
        @PersonalData String needs,
        @PersonalData String issues,
        @PersonalData String concerns,
        boolean rightsExplained,
        String handledBy) implements ClientEvent {
}
