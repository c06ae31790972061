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
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.LongStream;

/**
 * The global order of all commits, gap-free: a commit is placed at the position where the commit before it ends,
 * by inserting {@code _id = position}; a writer that finds the position taken reads that entry (one exact key),
 * moves past it and tries again. So every position is placed only after the one before it exists, and a reader
 * that asks for exact positions can never skip an event. Every read is by exact {@code _id}.
 */
final class GlobalLog {

    static final String HEAD_COLLECTION = "event_log_head";
    private static final int WALK_BACK = 64;
    private static final int HINT_EVERY = 64;

    private final MongoCollection<Document> log;
    private final MongoCollection<Document> headHint;
    private final ReentrantLock placing = new ReentrantLock();
    /** The end of the last commit this JVM knows, and its hash; null until first needed. */
    private LogEntry last;
    private long placedSinceHint;

    GlobalLog(MongoDatabase database) {
        this.log = database.getCollection(LogEntry.COLLECTION);
        this.headHint = database.getCollection(HEAD_COLLECTION);
    }

    /** A commit is placed once: a second writer placing it fails on this index and uses the first place. */
    void ensureIndexes() {
        log.createIndex(Indexes.ascending("stream"), new IndexOptions().unique(true).name("stream"));
    }

    /** Places the commit at the end of the log; if it already has a place (a retry, a helper), returns that. */
    LogEntry place(StoredCommit commit, Date recordedAt) {
        placing.lock();
        try {
            LogEntry previous = knownEnd();
            while (true) {
                long position = previous == null ? 0 : previous.end();
                LogEntry entry = new LogEntry(position, commit.key(), commit.count(),
                        HashChain.link(previous == null ? HashChain.GENESIS : previous.hash(), position, commit.key(),
                                commit.canonicalEvents()));
                try {
                    log.insertOne(entry.toDocument(recordedAt));
                    last = entry;
                    raiseHint(entry);
                    return entry;
                } catch (MongoWriteException e) {
                    if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                        throw e;
                    }
                    if (e.getError().getMessage().contains("index: stream")) {
                        return placeOf(commit.key()).orElseThrow(() -> e);
                    }
                    previous = at(position).orElse(previous);
                    last = previous;
                }
            }
        } finally {
            placing.unlock();
        }
    }

    /** The entries that start at {@code from} and after, contiguous, at most {@code most} of them. */
    List<LogEntry> from(long from, int most) {
        List<LogEntry> found = at(LongStream.range(Math.max(0, from - WALK_BACK + 1), from + most));
        List<LogEntry> contiguous = new ArrayList<>();
        long expected = -1;
        for (LogEntry entry : found) {
            if (entry.end() <= from) {
                continue;
            }
            if (expected >= 0 && entry.position() != expected) {
                break;
            }
            if (expected < 0 && entry.position() > from) {
                // the entry holding "from" starts further back than the walk-back window
                return widerSearch(from, most);
            }
            contiguous.add(entry);
            expected = entry.end();
        }
        return contiguous;
    }

    /** The position after the last event; discovered from the hint and a walk over exact keys. */
    long head() {
        placing.lock();
        try {
            LogEntry end = knownEnd();
            LogEntry next;
            while (end != null && (next = at(end.end()).orElse(null)) != null) {
                end = next;
            }
            last = end;
            return end == null ? 0 : end.end();
        } finally {
            placing.unlock();
        }
    }

    /** Whether any entry starts after {@code position}: a range query, for verification only. */
    boolean anyAfter(long position) {
        return log.find(Filters.gt("_id", position)).limit(1).first() != null;
    }

    Optional<LogEntry> at(long position) {
        return Optional.ofNullable(log.find(Filters.eq("_id", position)).first()).map(LogEntry::of);
    }

    /** Rare: the place of a commit that another writer placed first (a secondary-field lookup). */
    Optional<LogEntry> placeOf(String stream) {
        return Optional.ofNullable(log.find(Filters.eq("stream", stream)).first()).map(LogEntry::of);
    }

    private List<LogEntry> widerSearch(long from, int most) {
        for (long back = WALK_BACK; back <= from; back *= 2) {
            List<LogEntry> window = at(LongStream.rangeClosed(Math.max(0, from - 2 * back), from - back));
            if (!window.isEmpty()) {
                LogEntry holder = window.get(window.size() - 1);
                if (holder.end() > from) {
                    List<LogEntry> entries = new ArrayList<>(List.of(holder));
                    entries.addAll(from(holder.end(), most));
                    return entries;
                }
            }
        }
        return List.of();
    }

    private List<LogEntry> at(LongStream positions) {
        List<Long> keys = positions.boxed().toList();
        List<LogEntry> entries = new ArrayList<>();
        log.find(Filters.in("_id", keys)).forEach(document -> entries.add(LogEntry.of(document)));
        entries.sort(Comparator.comparingLong(LogEntry::position));
        return entries;
    }

    private LogEntry knownEnd() {
        if (last != null) {
            return last;
        }
        Document hint = headHint.find(Filters.eq("_id", "head")).first();
        long from = hint == null ? 0 : hint.getLong("next");
        LogEntry end = from == 0 ? null : at(LongStream.range(Math.max(0, from - WALK_BACK), from)).stream()
                .filter(entry -> entry.end() == from).findFirst().orElse(null);
        LogEntry next = at(from).orElse(null);
        while (next != null) {
            end = next;
            next = at(end.end()).orElse(null);
        }
        return end;
    }

    private void raiseHint(LogEntry entry) {
        if (++placedSinceHint >= HINT_EVERY || entry.position() == 0) {
            headHint.updateOne(Filters.eq("_id", "head"), Updates.max("next", entry.end()),
                    new UpdateOptions().upsert(true));
            placedSinceHint = 0;
        }
    }
}
