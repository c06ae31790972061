package com.clientcare.query.audit;

import java.time.Instant;
import java.util.List;

/**
 * A projection rebuilt from the whole log beside the live one, and what comparing the two found. While it runs,
 * {@code processed} of {@code total} events are done at {@code eventsPerSecond}, {@code secondsLeft} to go.
 */
public record ReplayReport(
        String id,
        String projection,
        Status status,
        Instant startedAt,
        Instant finishedAt,
        long processed,
        long total,
        double eventsPerSecond,
        Long secondsLeft,
        Long position,
        Long livePosition,
        int documentsCompared,
        int differenceCount,
        List<Difference> differences,
        String error) {

    public enum Status { RUNNING, COMPARING, NO_DIFFERENCES, DIFFERENCES_FOUND, FAILED }

    /** One document that is not the same in the rebuilt read model as in the live one. */
    public record Difference(String collection, String documentId, String kind, String detail) {
    }
}
