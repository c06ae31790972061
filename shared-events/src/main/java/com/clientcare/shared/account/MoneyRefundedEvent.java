package com.clientcare.shared.account;

import com.clientcare.shared.common.DataSubject;
import com.clientcare.shared.common.Money;
import com.clientcare.shared.common.PersonalData;

import java.time.Instant;

/** M1: money returned to the client; the reason may say personal things (C8). */
public record MoneyRefundedEvent(
        String accountId,
        @DataSubject String clientId,
        Instant refundedAt,
        String refundId,
        Money amount,
        @PersonalData String reason) implements ClientAccountEvent {
}
