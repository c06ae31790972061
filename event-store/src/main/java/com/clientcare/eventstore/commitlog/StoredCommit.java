package com.clientcare.eventstore.commitlog;

import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;

import java.time.Instant;
import java.util.List;

/**
 * One aggregate's events from one unit of work, as stored in {@code event_streams} under
 * {@code "<aggregateId>:<firstSequence>"} (a stream's first commit under {@code "<aggregateId>:0"}). Inserting it is
 * the optimistic-concurrency check: a second writer of the same first sequence number fails on the key. The same
 * insert claims its place in the global log ({@code globalIndex}, see {@link GlobalLog}); a commit of the older
 * layout may still be stored {@code pending}, without one, until it is placed.
 *
 * @param latest the latest of the events' timestamps where the commit is built from messages, which know them as
 *               instants; {@code null} where it is read, and then parsed from the stored text only if asked for
 */
record StoredCommit(String key, String aggregateId, String aggregateType, long firstSequence, long lastSequence,
                    Long globalIndex, List<Document> events, Instant latest) implements ChainedRange {

    static final String COLLECTION = "event_streams";
    /** Marks a commit of the older layout not yet placed; a sparse index on it finds those without a scan on MongoDB. */
    static final String PENDING = "pending";

    static String key(String aggregateId, long sequence) {
        return aggregateId + ":" + sequence;
    }

    /** The sequence the commit is keyed by: its first, except for a stream's first commit, always keyed 0. */
    @Override
    public long start() {
        return Long.parseLong(key.substring(key.lastIndexOf(':') + 1));
    }

    @Override
    public long end() {
        return lastSequence + 1;
    }

    /** This commit as the first of its aggregate's stream, which starts at a sequence after 0. */
    StoredCommit startingTheStream() {
        return new StoredCommit(key(aggregateId, 0), aggregateId, aggregateType, firstSequence, lastSequence,
                globalIndex, events, latest);
    }

    int count() {
        return events.size();
    }

    boolean placed() {
        return globalIndex != null;
    }

    /**
     * The commit with its claim on a place in the log: the entry's position, hash and running maximum. Nothing more:
     * the embedded store rewrites a page of documents per durable write, each document through Java serialization,
     * so every field and every class in a commit costs on each append (the events carry their own timestamps).
     */
    Document toDocument(LogEntry place) {
        return new Document("_id", key)
                .append("aggregateId", aggregateId)
                .append("aggregateType", aggregateType)
                .append("firstSequence", firstSequence)
                .append("lastSequence", lastSequence)
                .append(GlobalLog.CLAIM_INDEX, place.position())
                .append(LogEntry.HASH, place.hash())
                .append(LogEntry.HASH_VERSION, place.hashVersion())
                .append(LogEntry.MAX_TIMESTAMP, LogEntry.instantDocument(place.maxTimestamp()))
                .append("events", events);
    }

    @SuppressWarnings("unchecked")
    static StoredCommit of(Document document) {
        return new StoredCommit(document.getString("_id"), document.getString("aggregateId"),
                document.getString("aggregateType"), document.getLong("firstSequence"),
                document.getLong("lastSequence"), document.getLong("globalIndex"),
                (List<Document>) document.get("events"), null);
    }

    /** The i-th event as Axon reads it; payload and metadata stay serialized (JSON text). */
    GenericDomainEventEntry<String> entry(int i) {
        Document event = events.get(i);
        return new GenericDomainEventEntry<>(aggregateType, aggregateId, event.getLong("sequence"),
                event.getString("eventId"), event.getString("timestamp"), event.getString("payloadType"),
                event.getString("payloadRevision"), event.getString("payload"), event.getString("metaData"));
    }

    /**
     * The i-th event for a tracking reader at its global position: an aggregate's event, or an application event
     * published outside any aggregate (stored as a commit of its own with no aggregate type).
     */
    TrackedEventData<String> trackedEntry(int i, TrackingToken token) {
        GenericDomainEventEntry<String> entry = entry(i);
        return aggregateType == null ? new TrackedApplicationEvent(token, entry) : new TrackedDomainEventData<>(token, entry);
    }

    Instant timestamp(int i) {
        return Instant.parse(events.get(i).getString("timestamp"));
    }

    /** The latest timestamp among the commit's events (they need not grow with the sequence). */
    Instant maxTimestamp() {
        if (latest != null) {
            return latest;
        }
        Instant max = timestamp(0);
        for (int i = 1; i < count(); i++) {
            Instant next = timestamp(i);
            max = next.isAfter(max) ? next : max;
        }
        return max;
    }
}
