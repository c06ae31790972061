package com.clientcare.shared.account;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** M1: record the draw-down terms agreed with the client, replacing any earlier agreement. */
public record AgreeDrawDownTermsCommand(
        @TargetAggregateIdentifier String accountId,
        List<DrawDownStage> stages,
        String agreedBy,
        Instant agreedAt) {
}
