package com.clientcare.eventstore.commitlog;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteError;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * The global order of all commits, gap-free. A commit claims its position in the insert that stores it: the
 * commit document carries {@code globalIndex} (a unique index), the hash chaining it to the commit before it and
 * the running maximum of timestamps, so one durable write is the concurrency check (its key), the place in the
 * order (its position) and the events. A position is only claimed where the commit before it ends, so claims are
 * gap-free; a writer whose position is taken (another JVM was first) reads the claims there, moves past them and
 * tries again. Commits waiting while a claim is being written are claimed together in the next insert.
 * <p>
 * The log's entries ({@code _id = position}, what tracking readers ask for by exact keys) are written after the
 * claims, in order, off the writer's path; a reader in this JVM first writes any still missing, so whatever an
 * append here has acknowledged is readable at once. Entries of claims that a stopped JVM left unindexed are written
 * by the next JVM that meets them (a writer moving past them, or the first read or sweep after a start).
 */
final class GlobalLog {

    static final String HEAD_COLLECTION = "event_log_head";
    /** The unique index that makes a position claimable once. */
    static final String CLAIM_INDEX = "globalIndex";
    private static final Logger LOG = LoggerFactory.getLogger(GlobalLog.class);
    /** How many entries one read asks for when walking forward to the end. */
    private static final int WALK = 100;
    /** How many claims a writer that found its position taken reads past it: usually just one or two are new. */
    private static final int STEP = 16;
    /** How many entries a JVM writes between raising the head hint (so a new JVM walks at most this far). */
    private static final int HINT_EVERY = 64;
    /**
     * How long claimed entries wait to be written together (readers in this JVM write them at once): bounds the
     * delay before another JVM sees a commit; more entries per insert, and no write at all when a reader was first.
     */
    private static final long INDEX_DELAY_MILLIS = 5;
    private static final BinaryOperator<LogEntry> LATER =
            (known, seen) -> known == null || seen.end() > known.end() ? seen : known;

    private final MongoCollection<Document> log;
    /** Entries are rebuilt from the claims if lost, and the next durable claim covers them: no journal wait. */
    private final MongoCollection<Document> entriesAhead;
    private final MongoCollection<Document> streams;
    private final MongoCollection<Document> headHint;
    private final Runs<LogEntry> entries;
    private final Runs<ClaimedCommit> claims;
    /** One claim at a time per JVM: the others would only collide on the same position. */
    private final ReentrantLock placing = new ReentrantLock();
    /** The last commit this JVM has seen claimed, placed or read: a lower bound of the end, and the hash to chain to. */
    private final AtomicReference<LogEntry> last = new AtomicReference<>();
    private final Queue<Claim> waiting = new ConcurrentLinkedQueue<>();
    /** Claimed, entry not yet written, in position order. */
    private final Queue<Unindexed> unindexed = new ConcurrentLinkedQueue<>();
    /** Taken from {@link #unindexed} and not yet written (a failed write keeps them), guarded by {@link #indexing}. */
    private final List<Unindexed> toWrite = new ArrayList<>();
    private final ReentrantLock indexing = new ReentrantLock();
    private final AtomicBoolean indexScheduled = new AtomicBoolean();
    private final ScheduledThreadPoolExecutor indexer = new ScheduledThreadPoolExecutor(1, task -> {
        Thread thread = new Thread(task, "event-log-indexer");
        thread.setDaemon(true);
        return thread;
    });
    private int indexedSinceHint;
    private final IntConsumer claimedTogether;

    /** A commit waiting for its place, and the place it gets. */
    private record Claim(StoredCommit commit, Date recordedAt, CompletableFuture<LogEntry> place) {
    }

    private record Unindexed(LogEntry entry, Date recordedAt) {
    }

    /** A stored commit seen through its claim: its place in the log, as its entry will say. */
    record ClaimedCommit(LogEntry entry, StoredCommit commit, Date recordedAt) implements Run {

        @Override
        public long start() {
            return entry.start();
        }

        @Override
        public long end() {
            return entry.end();
        }
    }

    GlobalLog(MongoDatabase database, IntConsumer claimedTogether) {
        this.claimedTogether = claimedTogether;
        indexer.setKeepAliveTime(1, TimeUnit.SECONDS);
        indexer.allowCoreThreadTimeOut(true);
        this.log = database.getCollection(LogEntry.COLLECTION);
        this.entriesAhead = log.withWriteConcern(log.getWriteConcern().withJournal(false));
        this.streams = database.getCollection(StoredCommit.COLLECTION);
        // a hint only: losing its last raise to a crash costs a slightly longer walk
        MongoCollection<Document> hint = database.getCollection(HEAD_COLLECTION);
        this.headHint = hint.withWriteConcern(hint.getWriteConcern().withJournal(false));
        this.entries = new Runs<>(positions -> {
            List<LogEntry> found = new ArrayList<>();
            log.find(Filters.in("_id", positions)).forEach(document -> found.add(LogEntry.of(document)));
            return found;
        });
        this.claims = new Runs<>(positions -> {
            List<ClaimedCommit> found = new ArrayList<>();
            streams.find(Filters.in(CLAIM_INDEX, positions)).forEach(document -> found.add(new ClaimedCommit(
                    LogEntry.ofClaim(document), StoredCommit.of(document), document.getDate("recordedAt"))));
            return found;
        });
    }

    /**
     * A commit is placed once (a second writer placing it fails on the entries' {@code stream} index and uses the
     * first place) and a position is claimed once (the sparse unique index on the commits' {@code globalIndex}).
     */
    void ensureIndexes() {
        log.createIndex(Indexes.ascending("stream"), new IndexOptions().unique(true).name("stream"));
        streams.createIndex(Indexes.ascending(CLAIM_INDEX),
                new IndexOptions().unique(true).sparse(true).name(CLAIM_INDEX));
    }

    /**
     * Stores the commit at the end of the log, claiming its position in the same durable insert. Commits that wait
     * while another claim is under way are claimed together by whoever goes next, in one ordered insert of the
     * commits chained one after the other; each caller gets its own answer: a commit whose key is taken (a
     * concurrency conflict) fails with its {@link MongoWriteException} alone, and the ones after it are claimed again.
     */
    LogEntry claim(StoredCommit commit, Date recordedAt) {
        Claim mine = new Claim(commit, recordedAt, new CompletableFuture<>());
        waiting.add(mine);
        placing.lock();
        try {
            if (!mine.place().isDone()) {
                claimWaiting();
            }
        } finally {
            placing.unlock();
        }
        indexSoon();
        try {
            return mine.place().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private void claimWaiting() {
        List<Claim> batch = new ArrayList<>();
        for (Claim next; (next = waiting.poll()) != null; ) {
            batch.add(next);
        }
        try {
            LogEntry previous = knownEnd();
            while (!batch.isEmpty()) {
                List<LogEntry> chained = chain(previous, batch.stream().map(Claim::commit).toList());
                List<Document> documents = new ArrayList<>();
                for (int i = 0; i < batch.size(); i++) {
                    documents.add(batch.get(i).commit().toDocument(batch.get(i).recordedAt(), chained.get(i)));
                }
                try {
                    streams.insertMany(documents, new InsertManyOptions().ordered(true));
                    claimed(chained, batch);
                    claimedTogether.accept(chained.size());
                    return;
                } catch (MongoBulkWriteException e) {
                    BulkWriteError error = e.getWriteErrors().get(0);
                    // ordered: the commits before the failed one are in, the ones after it were not tried
                    claimed(chained.subList(0, error.getIndex()), batch.subList(0, error.getIndex()));
                    previous = error.getIndex() == 0 ? previous : chained.get(error.getIndex() - 1);
                    batch.subList(0, error.getIndex()).clear();
                    if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
                        throw e;
                    }
                    if (positionTaken(error)) {
                        previous = walkToClaimedEnd(previous);
                    } else {
                        batch.remove(0).place().completeExceptionally(new MongoWriteException(
                                new WriteError(error.getCode(), error.getMessage(), error.getDetails()),
                                e.getServerAddress(), e.getErrorLabels()));
                    }
                }
            }
        } catch (RuntimeException e) {
            batch.forEach(claim -> claim.place().completeExceptionally(e));
        }
    }

    private static boolean positionTaken(WriteError error) {
        return error.getMessage().contains("index: " + CLAIM_INDEX + " ");
    }

    private void claimed(List<LogEntry> chained, List<Claim> batch) {
        for (int i = 0; i < chained.size(); i++) {
            unindexed.add(new Unindexed(chained.get(i), batch.get(i).recordedAt()));
            batch.get(i).place().complete(chained.get(i));
        }
        seen(chained);
    }

    /**
     * Gives a commit stored without a place (by a writer of the older layout that stopped before placing it) its
     * place: the one its entry already names, if any; otherwise the end of the log, claimed as an append claims it.
     */
    LogEntry place(StoredCommit commit, Date recordedAt) {
        LogEntry place;
        placing.lock();
        try {
            place = placeOf(commit.key()).orElseGet(() -> claimEnd(commit, recordedAt));
            streams.updateOne(Filters.eq("_id", commit.key()), Updates.combine(
                    Updates.set(CLAIM_INDEX, place.position()), Updates.unset(StoredCommit.PENDING)));
        } finally {
            placing.unlock();
        }
        indexPending();
        return place;
    }

    private LogEntry claimEnd(StoredCommit commit, Date recordedAt) {
        LogEntry previous = knownEnd();
        while (true) {
            LogEntry entry = chain(previous, List.of(commit)).get(0);
            try {
                var changed = streams.updateOne(Filters.and(Filters.eq("_id", commit.key()),
                        Filters.exists(CLAIM_INDEX, false)), Updates.combine(
                        Updates.set(CLAIM_INDEX, entry.position()), Updates.set(LogEntry.HASH, entry.hash()),
                        Updates.set(LogEntry.MAX_TIMESTAMP, LogEntry.instantDocument(entry.maxTimestamp()))));
                if (changed.getModifiedCount() == 0) {
                    // another JVM placed it meanwhile
                    return LogEntry.ofClaim(streams.find(Filters.eq("_id", commit.key())).first());
                }
                unindexed.add(new Unindexed(entry, recordedAt));
                seen(List.of(entry));
                return entry;
            } catch (MongoWriteException e) {
                if (!positionTaken(e.getError())) {
                    throw e;
                }
                previous = walkToClaimedEnd(previous);
            }
        }
    }

    private static List<LogEntry> chain(LogEntry previous, List<StoredCommit> commits) {
        List<LogEntry> chained = new ArrayList<>();
        LogEntry before = previous;
        for (StoredCommit commit : commits) {
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
     * Makes every claim this JVM knows of readable in the log: writes the entries still missing, in order. The
     * first call in a JVM also finds the claims of writers that stopped before writing their entries.
     */
    void indexed() {
        if (last.get() == null) {
            placing.lock();
            try {
                knownEnd();
            } finally {
                placing.unlock();
            }
        }
        indexPending();
    }

    private void indexSoon() {
        if (indexScheduled.compareAndSet(false, true)) {
            indexer.schedule(() -> {
                indexScheduled.set(false);
                try {
                    indexPending();
                } catch (RuntimeException e) {
                    // the entries stay queued: the next append or read writes them
                    LOG.warn("Writing the event log's entries failed; retried with the next append or read", e);
                }
            }, INDEX_DELAY_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void indexPending() {
        indexing.lock();
        try {
            for (Unindexed next; (next = unindexed.poll()) != null; ) {
                toWrite.add(next);
            }
            while (!toWrite.isEmpty()) {
                try {
                    entriesAhead.insertMany(toWrite.stream()
                            .map(next -> next.entry().toDocument(next.recordedAt())).toList(),
                            new InsertManyOptions().ordered(true));
                    raiseHint(toWrite.get(toWrite.size() - 1).entry(), toWrite.size());
                    toWrite.clear();
                } catch (MongoBulkWriteException e) {
                    BulkWriteError error = e.getWriteErrors().get(0);
                    if (error.getCategory() != ErrorCategory.DUPLICATE_KEY) {
                        toWrite.subList(0, error.getIndex()).clear();
                        throw e;
                    }
                    // that entry is there already: another JVM met the claim and wrote it
                    toWrite.subList(0, error.getIndex() + 1).clear();
                }
            }
        } finally {
            indexing.unlock();
        }
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

    /** The entries starting at {@code position} (an entry boundary) and after, contiguous, up to {@code most}. */
    List<LogEntry> from(long position, int most) {
        return seen(entries.from(position, most));
    }

    /** The entry holding {@code position} (which may start before it) and the entries after it, up to {@code most}. */
    List<LogEntry> covering(long position, int most) {
        return seen(entries.covering(position, most));
    }

    /**
     * The position after the last event: from the last commit known here, walking forward by exact keys over the
     * entries and the claims after them.
     */
    long head() {
        LogEntry end = walkForward(knownEnd());
        for (List<ClaimedCommit> more; !(more = claimedFrom(end == null ? 0 : end.end())).isEmpty(); ) {
            end = more.get(more.size() - 1).entry();
        }
        return end == null ? 0 : end.end();
    }

    /** The position after the last entry written: where a search of the entries must stop. */
    long entriesHead() {
        LogEntry end = walkForward(hintedEntry());
        return end == null ? 0 : end.end();
    }

    /** The commits claimed from {@code position} on (where the entries end) whose entries are not written yet. */
    List<ClaimedCommit> claimedFrom(long position) {
        return seenClaims(claims.from(position, STEP));
    }

    /** As {@link #claimedFrom}, from the claimed commit holding {@code position} (a token inside it). */
    List<ClaimedCommit> claimedCovering(long position) {
        return seenClaims(claims.covering(position, STEP));
    }

    private List<ClaimedCommit> seenClaims(List<ClaimedCommit> claimed) {
        seen(claimed.stream().map(ClaimedCommit::entry).toList());
        return claimed;
    }

    /** Whether any entry starts after {@code position}: a range query, for verification only. */
    boolean anyAfter(long position) {
        return log.find(Filters.gt("_id", position)).limit(1).first() != null;
    }

    /** Rare: the place of a commit that already has an entry (the one lookup by a secondary, indexed field). */
    Optional<LogEntry> placeOf(String stream) {
        return Optional.ofNullable(log.find(Filters.eq("stream", stream)).first()).map(LogEntry::of);
    }

    /**
     * The last commit this JVM has seen; at first, the entry the head hint points at, the entries after it and the
     * claims after those (a writer that starts from an older one only collides a few more times).
     */
    private LogEntry knownEnd() {
        LogEntry known = last.get();
        if (known != null) {
            return known;
        }
        return walkToClaimedEnd(hintedEntry());
    }

    /** The entry the head hint points at, or the last of the first entries if there is no hint yet. */
    private LogEntry hintedEntry() {
        Document hint = headHint.find(Filters.eq("_id", "head")).first();
        long next = hint == null ? 0 : hint.getLong("next");
        return lastOf(next == 0 ? from(0, WALK) : covering(next - 1, WALK));
    }

    private LogEntry walkForward(LogEntry start) {
        LogEntry end = start;
        List<LogEntry> more;
        while (end != null && !(more = from(end.end(), WALK)).isEmpty()) {
            end = lastOf(more);
        }
        return end;
    }

    /**
     * From {@code start} (or the log's start) over the entries, then over the claims that have none yet, to the end
     * of what is claimed; those claims' entries are queued for writing, after any of this JVM's own.
     */
    private LogEntry walkToClaimedEnd(LogEntry start) {
        LogEntry end = start;
        while (true) {
            long position = end == null ? 0 : end.end();
            List<LogEntry> more = from(position, WALK);
            if (more.isEmpty()) {
                List<ClaimedCommit> claimed = claimedFrom(position);
                claimed.forEach(claim -> unindexed.add(new Unindexed(claim.entry(), claim.recordedAt())));
                more = claimed.stream().map(ClaimedCommit::entry).toList();
            }
            if (more.isEmpty()) {
                return end;
            }
            end = lastOf(more);
        }
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

    private void raiseHint(LogEntry entry, int written) {
        indexedSinceHint += written;
        if (indexedSinceHint >= HINT_EVERY) {
            headHint.updateOne(Filters.eq("_id", "head"), Updates.max("next", entry.end()),
                    new UpdateOptions().upsert(true));
            indexedSinceHint = 0;
        }
    }
}
