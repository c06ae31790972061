package com.clientcare.query.audit;

import com.clientcare.eventstore.commitlog.IntegrityReport;

import java.time.Instant;

/**
 * An integrity check run in the background: while {@code RUNNING}, {@code eventsChecked} of the {@code total} events
 * the log held when it started, at {@code eventsPerSecond}, {@code secondsLeft} to go; once done, {@code INTACT} or
 * {@code BROKEN} with the verification's {@code result} (the first broken link), or {@code FAILED} with the error.
 */
public record IntegrityCheckReport(
        String id,
        Status status,
        Instant startedAt,
        Instant finishedAt,
        long total,
        long eventsChecked,
        double eventsPerSecond,
        Long secondsLeft,
        IntegrityReport result,
        String error) {

    public enum Status { RUNNING, INTACT, BROKEN, FAILED }

    static IntegrityCheckReport started(String id, Instant at, long total) {
        return new IntegrityCheckReport(id, Status.RUNNING, at, null, total, 0, 0, null, null, null);
    }

    IntegrityCheckReport progress(long checked, double perSecond) {
        Long left = perSecond > 0 ? (long) Math.ceil(Math.max(0, total - checked) / perSecond) : null;
        return new IntegrityCheckReport(id, status, startedAt, null, total, checked, perSecond, left, null, null);
    }

    IntegrityCheckReport finished(IntegrityReport verified, Instant at) {
        return new IntegrityCheckReport(id, verified.intact() ? Status.INTACT : Status.BROKEN, startedAt, at, total,
                verified.eventsChecked(), verified.eventsPerSecond(), 0L, verified, null);
    }

    IntegrityCheckReport failed(Exception failure, Instant at) {
        return new IntegrityCheckReport(id, Status.FAILED, startedAt, at, total, eventsChecked, eventsPerSecond, null,
                null, failure.toString());
    }
}
