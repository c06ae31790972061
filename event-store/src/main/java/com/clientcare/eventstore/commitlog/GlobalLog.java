package com.clientcare.eventstore.commitlog;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * The global order of all commits, gap-free: a commit is placed at the position where the commit before it ends,
 * by inserting {@code _id = position}; a writer that finds the position taken reads that entry (exact key),
 * moves past it and tries again. So a position is only ever inserted after the entry ending there exists, and a
 * reader that asks for exact positions can never skip an event. Every hot read is by exact {@code _id}.
 */
final class GlobalLog {

    static final String HEAD_COLLECTION = "event_log_head";
    /** How many entries one read asks for when walking forward to the end. */
    private static final int WALK = 100;
    /** How many entries a writer that found its position taken reads past it: usually just one or two are new. */
    private static final int STEP = 16;
    /** How many placements a JVM makes between raising the head hint (so a new JVM walks at most this far). */
    private static final int HINT_EVERY = 64;
    private static final BinaryOperator<LogEntry> LATER =
            (known, seen) -> known == null || seen.end() > known.end() ? seen : known;

    private final MongoCollection<Document> log;
    private final MongoCollection<Document> headHint;
    private final Runs<LogEntry> entries;
    /** One placement at a time per JVM: the others would only collide on the same position. */
    private final ReentrantLock placing = new ReentrantLock();
    /** The last entry this JVM has seen, placed or read: a lower bound of the end, and the hash to chain to. */
    private final AtomicReference<LogEntry> last = new AtomicReference<>();
    private final Queue<Placement> waiting = new ConcurrentLinkedQueue<>();
    private int placedSinceHint;
    private final IntConsumer placedTogether;

    /** A commit waiting for its place, and the place it gets. */
    private record Placement(StoredCommit commit, Date recordedAt, CompletableFuture<LogEntry> place) {
    }

    GlobalLog(MongoDatabase database, IntConsumer placedTogether) {
        this.placedTogether = placedTogether;
        this.log = database.getCollection(LogEntry.COLLECTION);
        // a hint only: losing its last raise to a crash costs a slightly longer walk
        MongoCollection<Document> hint = database.getCollection(HEAD_COLLECTION);
        this.headHint = hint.withWriteConcern(hint.getWriteConcern().withJournal(false));
        this.entries = new Runs<>(positions -> {
            List<LogEntry> found = new ArrayList<>();
            log.find(Filters.in("_id", positions)).forEach(document -> found.add(LogEntry.of(document)));
            return found;
        });
    }

    /** A commit is placed once: a second writer placing it fails on this index and uses the first place. */
    void ensureIndexes() {
        log.createIndex(Indexes.ascending("stream"), new IndexOptions().unique(true).name("stream"));
    }

    /**
     * Places the commit at the end of the log; if it already has a place (placed by a helper), returns that.
     * Commits that wait while another placement is under way are placed together by whoever goes next, in one
     * insert of their entries chained one after the other (one durable write for them all).
     */
    LogEntry place(StoredCommit commit, Date recordedAt) {
        Placement mine = new Placement(commit, recordedAt, new CompletableFuture<>());
        waiting.add(mine);
        placing.lock();
        try {
            if (!mine.place().isDone()) {
                placeWaiting();
            }
        } finally {
            placing.unlock();
        }
        try {
            return mine.place().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private void placeWaiting() {
        // the same commit may wait twice: its writer and a helper that met it pending
        Map<String, List<Placement>> byCommit = new LinkedHashMap<>();
        for (Placement next; (next = waiting.poll()) != null; ) {
            byCommit.computeIfAbsent(next.commit().key(), key -> new ArrayList<>()).add(next);
        }
        try {
            LogEntry previous = knownEnd();
            while (!byCommit.isEmpty()) {
                List<LogEntry> chained = chain(previous, byCommit.values());
                try {
                    log.insertMany(chained.stream().map(entry -> entry.toDocument(byCommit.get(entry.stream())
                            .get(0).recordedAt())).toList(), new InsertManyOptions().ordered(true));
                    placed(chained, byCommit);
                    placedTogether.accept(chained.size());
                    return;
                } catch (MongoBulkWriteException e) {
                    BulkWriteError error = e.getWriteErrors().get(0);
                    // ordered: the entries before the failed one are in, the ones after it were not tried
                    List<LogEntry> in = chained.subList(0, error.getIndex());
                    placed(in, byCommit);
                    previous = in.isEmpty() ? previous : lastOf(in);
                    if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
                        throw e;
                    }
                    previous = pastTheClash(chained.get(error.getIndex()), previous, byCommit, e);
                }
            }
        } catch (RuntimeException e) {
            byCommit.values().forEach(placements -> placements.forEach(p -> p.place().completeExceptionally(e)));
        }
    }

    /**
     * The entry could not go in: its position was taken (moves past the entries there, recognising any of the
     * waiting commits placed by a helper) or its commit already has a place (a helper's, found by its key).
     */
    private LogEntry pastTheClash(LogEntry clashed, LogEntry previous, Map<String, List<Placement>> byCommit,
                                  MongoBulkWriteException e) {
        List<LogEntry> taken = from(clashed.position(), STEP);
        if (taken.isEmpty()) {
            placed(List.of(placeOf(clashed.stream()).orElseThrow(() -> e)), byCommit);
            return previous;
        }
        placed(taken.stream().filter(entry -> byCommit.containsKey(entry.stream())).toList(), byCommit);
        return lastOf(taken);
    }

    private static List<LogEntry> chain(LogEntry previous, Collection<List<Placement>> commits) {
        List<LogEntry> chained = new ArrayList<>();
        LogEntry before = previous;
        for (List<Placement> placements : commits) {
            StoredCommit commit = placements.get(0).commit();
            long position = before == null ? 0 : before.end();
            before = new LogEntry(position, commit.key(), commit.count(), HashChain.link(
                    before == null ? HashChain.GENESIS : before.hash(), position, commit.key(),
                    commit.canonicalEvents()), later(before == null ? null : before.maxTimestamp(),
                    commit.maxTimestamp()));
            chained.add(before);
        }
        return chained;
    }

    private static Instant later(Instant known, Instant next) {
        return known == null || next.isAfter(known) ? next : known;
    }

    /**
     * Gives every entry of an older layout (none kept a running maximum of timestamps) its maximum, walking the log
     * once from the start; a no-op when the last entry has one. Run at start-up, before the log takes appends.
     */
    void fillRunningMaxima(Function<List<String>, Map<String, StoredCommit>> commits) {
        LogEntry end = walkForward(knownEnd());
        if (end == null || end.maxTimestamp() != null) {
            return;
        }
        Instant max = null;
        for (List<LogEntry> batch = from(0, WALK); !batch.isEmpty(); batch = from(lastOf(batch).end(), WALK)) {
            Map<String, StoredCommit> stored = commits.apply(batch.stream().map(LogEntry::stream).toList());
            for (LogEntry entry : batch) {
                max = later(max, stored.get(entry.stream()).maxTimestamp());
                if (!max.equals(entry.maxTimestamp())) {
                    log.updateOne(Filters.eq("_id", entry.position()),
                            Updates.set(LogEntry.MAX_TIMESTAMP, LogEntry.instantDocument(max)));
                }
            }
        }
        last.set(null);
    }

    private void placed(List<LogEntry> entries, Map<String, List<Placement>> byCommit) {
        for (LogEntry entry : entries) {
            byCommit.remove(entry.stream()).forEach(placement -> placement.place().complete(entry));
            raiseHint(entry);
        }
        seen(entries);
    }

    /** The entries starting at {@code position} (an entry boundary) and after, contiguous, up to {@code most}. */
    List<LogEntry> from(long position, int most) {
        return seen(entries.from(position, most));
    }

    /** The entry holding {@code position} (which may start before it) and the entries after it, up to {@code most}. */
    List<LogEntry> covering(long position, int most) {
        return seen(entries.covering(position, most));
    }

    /** The position after the last event: from the last entry known here, walking forward by exact keys. */
    long head() {
        LogEntry end = walkForward(knownEnd());
        return end == null ? 0 : end.end();
    }

    /** How many entries the log holds, as the store keeps count (no read of the entries). */
    long entries() {
        return log.estimatedDocumentCount();
    }

    /** Whether any entry starts after {@code position}: a range query, for verification only. */
    boolean anyAfter(long position) {
        return log.find(Filters.gt("_id", position)).limit(1).first() != null;
    }

    /** Rare: the place of a commit that a helper placed first (the one lookup by a secondary, indexed field). */
    Optional<LogEntry> placeOf(String stream) {
        return Optional.ofNullable(log.find(Filters.eq("stream", stream)).first()).map(LogEntry::of);
    }

    /**
     * The last entry this JVM has seen; at first, the entry the head hint points at and the ones after it (a writer
     * that starts from an older entry only collides a few more times).
     */
    private LogEntry knownEnd() {
        LogEntry known = last.get();
        if (known != null) {
            return known;
        }
        Document hint = headHint.find(Filters.eq("_id", "head")).first();
        long next = hint == null ? 0 : hint.getLong("next");
        return walkForward(lastOf(next == 0 ? from(0, WALK) : covering(next - 1, WALK)));
    }

    private LogEntry walkForward(LogEntry start) {
        LogEntry end = start;
        List<LogEntry> more;
        while (end != null && !(more = from(end.end(), WALK)).isEmpty()) {
            end = lastOf(more);
        }
        return end;
    }

    private static LogEntry lastOf(List<LogEntry> entries) {
        return entries.isEmpty() ? null : entries.get(entries.size() - 1);
    }

    private List<LogEntry> seen(List<LogEntry> found) {
        if (!found.isEmpty()) {
            last.accumulateAndGet(found.get(found.size() - 1), LATER);
        }
        return found;
    }

    private void raiseHint(LogEntry entry) {
        if (++placedSinceHint >= HINT_EVERY) {
            headHint.updateOne(Filters.eq("_id", "head"), Updates.max("next", entry.end()),
                    new UpdateOptions().upsert(true));
            placedSinceHint = 0;
        }
    }
}
