package com.clientcare.shared.client;

import com.clientcare.shared.common.DataSubject;
import com.clientcare.shared.common.Money;
import com.clientcare.shared.common.PersonalData;

import java.time.Instant;

/** C5: a purchase in the client's history, with its exact amount. */
public record TransactionRecordedEvent(
        @DataSubject String clientId,
        String transactionId,
        Money amount,
        @PersonalData String description,
        Instant occurredAt) implements ClientEvent {
}
