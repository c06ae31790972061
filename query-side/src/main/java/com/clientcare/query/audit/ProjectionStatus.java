package com.clientcare.query.audit;

import com.clientcare.eventstore.processing.ProcessingFailures;
import com.clientcare.query.cluster.TokenClaims;

import java.util.List;

/**
 * A live projection's tracking processor: where it stands in the log, whether it is rebuilding, and the event it
 * is stuck at ({@code failure}, with its global index) while a handler fails on it, and its segments across all
 * query-side instances ({@code running} and {@code replaying} are this instance's view).
 */
public record ProjectionStatus(String projection, boolean running, boolean replaying, Long position, long head,
                               Long behind, ProcessingFailures.Failure failure,
                               List<TokenClaims.SegmentClaim> segments) {
}
