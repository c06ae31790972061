package com.clientcare.query.audit;

import com.clientcare.eventstore.processing.ProcessingFailures;

/**
 * A live projection's tracking processor: where it stands in the log, whether it is rebuilding, and the event it
 * is stuck at ({@code failure}, with its global index) while a handler fails on it.
 */
public record ProjectionStatus(String projection, boolean running, boolean replaying, Long position, long head,
                               Long behind, ProcessingFailures.Failure failure) {
}
