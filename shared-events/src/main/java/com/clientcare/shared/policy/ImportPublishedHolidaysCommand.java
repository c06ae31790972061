package com.clientcare.shared.policy;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * S6: take an officially published list of bank holidays (the UK government's feed, for the latest version's
 * holiday source) as the extra dates of a new version, in force from effectiveFrom.
 */
public record ImportPublishedHolidaysCommand(
        @TargetAggregateIdentifier String policyId,
        List<BankHoliday> published,
        Instant effectiveFrom,
        String reason,
        Instant adoptedAt) {
}
