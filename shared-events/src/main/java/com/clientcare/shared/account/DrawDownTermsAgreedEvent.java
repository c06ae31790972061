package com.clientcare.shared.account;

import com.clientcare.shared.common.DataSubject;
import com.clientcare.shared.common.PersonalData;

import java.time.Instant;
import java.util.List;

/**
 * M1: how the money may be drawn down, agreed with the client ({@code agreedBy}, a person). Agreement
 * {@code version} 2 replaces 1 from then on; both stay in the history.
 */
public record DrawDownTermsAgreedEvent(
        String accountId,
        @DataSubject String clientId,
        Instant agreedAt,
        int version,
        List<DrawDownStage> stages,
        @PersonalData String agreedBy) implements ClientAccountEvent {
}
