package com.clientcare.command.policy;

import java.time.Instant;
import java.util.List;

/**
 * S6 as {@code GET /api/service-policy} shows it: the version in force now, every version, and the annual review:
 * CURRENT when a review was recorded this year (adopting a version is no review), DUE in January until it is, OVERDUE after January.
 */
public record PolicyOverview(PolicyVersion current, List<PolicyVersion> versions, Instant lastReviewedAt,
                             ReviewStatus review) {

    public enum ReviewStatus { CURRENT, DUE, OVERDUE }
}
