package com.clientcare.eventstore.commitlog;

import org.bson.Document;

import java.time.Instant;

/**
 * A commit's place in the global log ({@code event_log}): its first global index as {@code _id}, the stream
 * commit it points to, how many events it holds, the hash chaining it to the commit before it, and the latest
 * event timestamp of the log up to and including it (so that a search by time never depends on timestamps growing
 * in log order). The maximum is kept as seconds and nanoseconds, exact and comparable; entries of an older layout
 * have none until {@link GlobalLog#fillRunningMaxima} gives it. {@code hashVersion} names the form of the hash
 * ({@link HashChain}); a place that names none was hashed in the first form.
 */
record LogEntry(long position, String stream, int count, String hash, int hashVersion, Instant maxTimestamp)
        implements ChainedRange {

    static final String COLLECTION = "event_log";
    static final String MAX_TIMESTAMP = "maxTimestamp";
    static final String HASH = "hash";
    static final String HASH_VERSION = "hashVersion";

    @Override
    public long start() {
        return position;
    }

    @Override
    public long end() {
        return position + count;
    }

    static Document instantDocument(Instant instant) {
        // a long, as the seconds: one number class less to serialize per commit on the embedded store
        return new Document("seconds", instant.getEpochSecond()).append("nanos", (long) instant.getNano());
    }

    static LogEntry of(Document document) {
        return new LogEntry(((Number) document.get("_id")).longValue(), document.getString("stream"),
                document.getInteger("count"), document.getString(HASH), hashVersion(document), instant(document));
    }

    /** The entry a stored commit's claim stands for (its position, hash and maximum are kept in the commit too). */
    static LogEntry ofClaim(Document commit) {
        long count = commit.getLong("lastSequence") - commit.getLong("firstSequence") + 1;
        return new LogEntry(commit.getLong(GlobalLog.CLAIM_INDEX), commit.getString("_id"), (int) count,
                commit.getString(HASH), hashVersion(commit), instant(commit));
    }

    private static int hashVersion(Document document) {
        return document.getInteger(HASH_VERSION, HashChain.CANONICAL_JSON);
    }

    private static Instant instant(Document document) {
        Document max = document.get(MAX_TIMESTAMP, Document.class);
        return max == null ? null : Instant.ofEpochSecond(((Number) max.get("seconds")).longValue(),
                ((Number) max.get("nanos")).longValue());
    }
}
