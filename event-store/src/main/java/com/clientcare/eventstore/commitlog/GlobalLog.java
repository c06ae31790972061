package com.clientcare.eventstore.commitlog;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BinaryOperator;

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
    private int placedSinceHint;

    GlobalLog(MongoDatabase database) {
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

    /** Places the commit at the end of the log; if it already has a place (placed by a helper), returns that. */
    LogEntry place(StoredCommit commit, Date recordedAt) {
        placing.lock();
        try {
            LogEntry previous = knownEnd();
            while (true) {
                long position = previous == null ? 0 : previous.end();
                LogEntry entry = new LogEntry(position, commit.key(), commit.count(), HashChain.link(
                        previous == null ? HashChain.GENESIS : previous.hash(), position, commit.key(),
                        commit.canonicalEvents()));
                try {
                    log.insertOne(entry.toDocument(recordedAt));
                    seen(List.of(entry));
                    raiseHint(entry);
                    return entry;
                } catch (MongoWriteException e) {
                    if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                        throw e;
                    }
                    List<LogEntry> taken = from(position, STEP);
                    Optional<LogEntry> mine = taken.stream().filter(t -> t.stream().equals(commit.key())).findFirst();
                    if (mine.isPresent()) {
                        return mine.get();
                    }
                    if (taken.isEmpty()) {
                        // the position is free, so the key clashed on "stream": a helper placed it before here
                        return placeOf(commit.key()).orElseThrow(() -> e);
                    }
                    previous = lastOf(taken);
                }
            }
        } finally {
            placing.unlock();
        }
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
