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
        String error,
        List<String> readWith) {

    /**
     * QUEUED: asked for, waiting for the replays asked for before it (they run one after another; those asked for
     * together are read together, {@code readWith} names the others).
     */
    public enum Status { QUEUED, RUNNING, COMPARING, NO_DIFFERENCES, DIFFERENCES_FOUND, FAILED }

    /** One document that is not the same in the rebuilt read model as in the live one. */
    public record Difference(String collection, String documentId, String kind, String detail) {
    }

    /** A replay asked for at {@code startedAt}, not begun yet, of the {@code total} events in the log. */
    static ReplayReport started(String id, String projection, Instant startedAt, long total) {
        Builder started = new Builder();
        started.id = id;
        started.projection = projection;
        started.status = Status.QUEUED;
        started.startedAt = startedAt;
        started.differences = List.of();
        started.readWith = List.of();
        return started.total(total).build();
    }

    /** A later report of the same replay: this one with the fields named on the builder changed. */
    Builder with() {
        return new Builder(this);
    }

    /** Names each field a step of the replay changes, so no step lists fifteen values in order. */
    static final class Builder {

        private String id;
        private String projection;
        private Status status;
        private Instant startedAt;
        private Instant finishedAt;
        private long processed;
        private long total;
        private double eventsPerSecond;
        private Long secondsLeft;
        private Long position;
        private Long livePosition;
        private int documentsCompared;
        private int differenceCount;
        private List<Difference> differences;
        private String error;
        private List<String> readWith;

        private Builder() {
        }

        private Builder(ReplayReport from) {
            id = from.id;
            projection = from.projection;
            status = from.status;
            startedAt = from.startedAt;
            finishedAt = from.finishedAt;
            processed = from.processed;
            total = from.total;
            eventsPerSecond = from.eventsPerSecond;
            secondsLeft = from.secondsLeft;
            position = from.position;
            livePosition = from.livePosition;
            documentsCompared = from.documentsCompared;
            differenceCount = from.differenceCount;
            differences = from.differences;
            error = from.error;
            readWith = from.readWith;
        }

        Builder status(Status status) {
            this.status = status;
            return this;
        }

        Builder finishedAt(Instant finishedAt) {
            this.finishedAt = finishedAt;
            return this;
        }

        /** {@code processed} of {@code total} events read at {@code eventsPerSecond}, the last at {@code position}. */
        Builder progress(long processed, long total, double eventsPerSecond, Long position) {
            this.processed = processed;
            this.eventsPerSecond = eventsPerSecond;
            this.position = position;
            return total(total);
        }

        Builder total(long total) {
            this.total = total;
            return this;
        }

        Builder secondsLeft(Long secondsLeft) {
            this.secondsLeft = secondsLeft;
            return this;
        }

        Builder livePosition(Long livePosition) {
            this.livePosition = livePosition;
            return this;
        }

        /** What comparing the rebuilt read model with the live one found: the first differences of the count. */
        Builder comparison(int documentsCompared, int differenceCount, List<Difference> differences) {
            this.documentsCompared = documentsCompared;
            this.differenceCount = differenceCount;
            this.differences = differences;
            return this;
        }

        Builder error(String error) {
            this.error = error;
            return this;
        }

        /** The projections rebuilt in the same reading of the log as this one. */
        Builder readWith(List<String> readWith) {
            this.readWith = List.copyOf(readWith);
            return this;
        }

        ReplayReport build() {
            return new ReplayReport(id, projection, status, startedAt, finishedAt, processed, total, eventsPerSecond,
                    secondsLeft, position, livePosition, documentsCompared, differenceCount, differences, error,
                    readWith);
        }
    }
}
