package com.clientcare.shared.audit;

import java.time.Instant;

/**
 * A complaint with its service-level clocks as they stood at {@code asOf} by the given time basis (S7); none when
 * it did not exist yet.
 */
public record FindComplaintAsOfQuery(String complaintId, Instant asOf, TimeBasis basis) {
}
