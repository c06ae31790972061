package com.clientcare.command.policy;

import com.clientcare.shared.sla.ServiceLevelRule;

import java.time.Instant;

/**
 * S6, S7: a clock whose recorded deadline differs from the one its policy version sets as that version reads
 * now (a version recorded before bank holidays came by rule, #14). The recorded deadline stays the fact.
 */
public record DeadlineDifference(String clockId, ServiceLevelRule rule, String subjectId, String complaintId,
                                 Instant startedAt, int policyVersion, Instant recordedDeadline,
                                 Instant deadlineByCalendarNow) {
}
