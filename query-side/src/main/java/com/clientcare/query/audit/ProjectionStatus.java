package com.clientcare.query.audit;

/** A live projection's tracking processor: where it stands in the log, and whether it is rebuilding. */
public record ProjectionStatus(String projection, boolean running, boolean replaying, Long position, long head,
                               Long behind) {
}
