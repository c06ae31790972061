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

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * The global order of all commits, gap-free. A commit claims its position in the insert that stores it: the
 * commit document carries {@code globalIndex} (a unique index), the hash chaining it to the commit before it and
 * the running maximum of timestamps, so one durable write is the concurrency check (its key), the place in the
 * order (its position) and the events. A position is only claimed where the commit before it ends, so positions are
 * gap-free; a writer whose position is taken (another JVM was first) reads the commits there by their positions,
 * moves past them and tries again. Commits waiting while a claim is being written are claimed together by the next
 * insert. Readers ask for exact positions ({@code globalIndex $in}), so they never skip a commit that becomes
 * visible late.
 * <p>
 * Stores of the older layout also have {@code event_log} entries ({@code _id} = position): commits placed then got
 * their {@code globalIndex} after their entry, which keeps their hash and running maximum; those are read from there.
 */
final class GlobalLog {

    static final String HEAD_COLLECTION = "event_log_head";
    /** The unique index that makes a position claimable once. */
    static final String CLAIM_INDEX = "globalIndex";
    /** How many positions one read asks for when walking forward to the end. */
    private static final int WALK = 100;
    /** How many positions a writer that found its position taken reads past it: usually just one or two are new. */
    private static final int STEP = 16;
    /** How many commits a JVM claims between raising the head hint (so a new JVM walks at most this far). */
    private static final int HINT_EVERY = 64;
    private static final BinaryOperator<LogEntry> LATER =
            (known, seen) -> known == null || seen.end() > known.end() ? seen : known;

    private final MongoCollection<Document> log;
    private final MongoCollection<Document> streams;
    private final MongoCollection<Document> headHint;
    /** The older layout's entries, by position. */
    private final ChainedRangeReader<LogEntry> entries;
    private final ChainedRangeReader<Place> places;
    private final RecentPlaces recent;
    /** One claim at a time per JVM: the others would only collide on the same position. Held by the group's leader. */
    private final ReentrantLock placing = new ReentrantLock();
    /** The last place this JVM has seen, claimed or read: a lower bound of the end, and the hash to chain to. */
    private final AtomicReference<LogEntry> last = new AtomicReference<>();
    private final Queue<Claim> waiting = new ConcurrentLinkedQueue<>();
    private int claimedSinceHint;
    private final IntConsumer claimedTogether;

    /**
     * A commit waiting for its place, the digest of its events (taken before it waits), the place it gets, and the
     * writer waiting for it, woken when it is placed or failed, or when it is to lead the next group.
     */
    private record Claim(StoredCommit commit, byte[] eventsDigest, CompletableFuture<LogEntry> place, Thread writer) {

        void placed(LogEntry entry) {
            place.complete(entry);
            LockSupport.unpark(writer);
        }

        void failed(RuntimeException failure) {
            place.completeExceptionally(failure);
            LockSupport.unpark(writer);
        }
    }

    /** A commit at its place in the log. */
    record Place(LogEntry entry, StoredCommit commit) implements ChainedRange {

        @Override
        public long start() {
            return entry.start();
        }

        @Override
        public long end() {
            return entry.end();
        }
    }

    GlobalLog(MongoDatabase database, IntConsumer claimedTogether, int recentCommits) {
        this.claimedTogether = claimedTogether;
        this.recent = new RecentPlaces(recentCommits);
        this.log = database.getCollection(LogEntry.COLLECTION);
        this.streams = database.getCollection(StoredCommit.COLLECTION);
        // a hint only: losing its last raise to a crash costs a slightly longer walk
        MongoCollection<Document> hint = database.getCollection(HEAD_COLLECTION);
        this.headHint = hint.withWriteConcern(hint.getWriteConcern().withJournal(false));
        this.entries = new ChainedRangeReader<>(positions -> {
            List<LogEntry> found = new ArrayList<>();
            log.find(Filters.in("_id", positions)).forEach(document -> found.add(LogEntry.of(document)));
            return found;
        });
        this.places = new ChainedRangeReader<>(this::placesAt);
    }

    /** The commits claiming any of {@code positions}; a commit of the older layout with its entry's hash and maximum. */
    private List<Place> placesAt(List<Long> positions) {
        List<Document> claimed = streams.find(Filters.in(CLAIM_INDEX, positions)).into(new ArrayList<>());
        List<Long> older = claimed.stream().filter(document -> document.get(LogEntry.HASH) == null)
                .map(document -> document.getLong(CLAIM_INDEX)).toList();
        Map<Long, LogEntry> olderEntries = new HashMap<>();
        if (!older.isEmpty()) {
            log.find(Filters.in("_id", older)).forEach(document -> {
                LogEntry entry = LogEntry.of(document);
                olderEntries.put(entry.position(), entry);
            });
        }
        return claimed.stream().map(document -> {
            LogEntry claim = LogEntry.ofClaim(document);
            return new Place(olderEntries.getOrDefault(claim.position(), claim), StoredCommit.of(document));
        }).toList();
    }

    /**
     * A position is claimed once (the sparse unique index on the commits' {@code globalIndex}); an entry of the older
     * layout names its commit once (placing a commit of that layout looks its entry up by {@code stream}).
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
     * <p>
     * A writer that finds a claim under way parks until its own is answered, or until the leader, done, wakes the
     * first writer still waiting to lead the next group: a writer whose commit went with a group never queues for
     * the lock only to find its answer there (with eight writers, a convoy of wake-ups between two groups).
     */
    LogEntry claim(StoredCommit commit) {
        Claim mine = new Claim(commit, HashChain.eventsDigest(commit.events()), new CompletableFuture<>(),
                Thread.currentThread());
        waiting.add(mine);
        boolean interrupted = false;
        while (!mine.place().isDone()) {
            if (placing.tryLock()) {
                try {
                    if (!mine.place().isDone()) {
                        claimWaiting();
                    }
                } finally {
                    release();
                }
            } else {
                LockSupport.park(this);
                interrupted |= Thread.interrupted();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        try {
            return mine.place().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Unlocks the log; whoever waits now came after the last group, and the first of them leads the next. */
    private void release() {
        placing.unlock();
        Claim next = waiting.peek();
        if (next != null) {
            LockSupport.unpark(next.writer());
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
                List<LogEntry> chained = chain(previous, batch.stream().map(Claim::commit).toList(),
                        batch.stream().map(Claim::eventsDigest).toList());
                List<Document> documents = new ArrayList<>();
                for (int i = 0; i < batch.size(); i++) {
                    documents.add(batch.get(i).commit().toDocument(chained.get(i)));
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
                        previous = walkForward(previous);
                    } else {
                        batch.remove(0).failed(new MongoWriteException(
                                new WriteError(error.getCode(), error.getMessage(), error.getDetails()),
                                e.getServerAddress(), e.getErrorLabels()));
                    }
                }
            }
        } catch (RuntimeException e) {
            batch.forEach(claim -> claim.failed(e));
        }
    }

    private static boolean positionTaken(WriteError error) {
        return error.getMessage().contains("index: " + CLAIM_INDEX + " ");
    }

    private void claimed(List<LogEntry> chained, List<Claim> batch) {
        for (int i = 0; i < chained.size(); i++) {
            batch.get(i).placed(chained.get(i));
        }
        seen(chained);
        if (!chained.isEmpty()) {
            raiseHint(chained.get(chained.size() - 1), chained.size());
        }
    }

    /**
     * Gives a commit stored without a place (by a writer of the older layout that stopped before placing it) its
     * place: the one its entry already names, if any; otherwise the end of the log, claimed as an append claims it.
     */
    LogEntry place(StoredCommit commit) {
        placing.lock();
        try {
            LogEntry place = placeOf(commit.key()).orElseGet(() -> claimEnd(commit));
            streams.updateOne(Filters.eq("_id", commit.key()), Updates.combine(
                    Updates.set(CLAIM_INDEX, place.position()), Updates.unset(StoredCommit.PENDING)));
            return place;
        } finally {
            release();
        }
    }

    private LogEntry claimEnd(StoredCommit commit) {
        LogEntry previous = knownEnd();
        List<byte[]> digest = List.of(HashChain.eventsDigest(commit.events()));
        while (true) {
            LogEntry entry = chain(previous, List.of(commit), digest).get(0);
            try {
                var changed = streams.updateOne(Filters.and(Filters.eq("_id", commit.key()),
                        Filters.exists(CLAIM_INDEX, false)), Updates.combine(
                        Updates.set(CLAIM_INDEX, entry.position()), Updates.set(LogEntry.HASH, entry.hash()),
                        Updates.set(LogEntry.HASH_VERSION, entry.hashVersion()),
                        Updates.set(LogEntry.MAX_TIMESTAMP, LogEntry.instantDocument(entry.maxTimestamp()))));
                if (changed.getModifiedCount() == 0) {
                    // another JVM placed it meanwhile
                    return LogEntry.ofClaim(streams.find(Filters.eq("_id", commit.key())).first());
                }
                seen(List.of(entry));
                return entry;
            } catch (MongoWriteException e) {
                if (!positionTaken(e.getError())) {
                    throw e;
                }
                previous = walkForward(previous);
            }
        }
    }

    /** The commits' places one after the other from {@code previous} on, hashed in the current form. */
    private static List<LogEntry> chain(LogEntry previous, List<StoredCommit> commits, List<byte[]> eventsDigests) {
        List<LogEntry> chained = new ArrayList<>();
        LogEntry before = previous;
        for (int i = 0; i < commits.size(); i++) {
            StoredCommit commit = commits.get(i);
            long position = before == null ? 0 : before.end();
            before = new LogEntry(position, commit.key(), commit.count(), HashChain.link(
                    before == null ? HashChain.GENESIS : before.hash(), position, commit.key(), eventsDigests.get(i)),
                    HashChain.FIELD_BYTES, later(before == null ? null : before.maxTimestamp(), commit.maxTimestamp()));
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
        LogEntry end = lastEntry();
        if (end == null || end.maxTimestamp() != null) {
            return;
        }
        Instant max = null;
        for (List<LogEntry> batch = entries.from(0, WALK); !batch.isEmpty();
             batch = entries.from(batch.get(batch.size() - 1).end(), WALK)) {
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

    /**
     * The last entry of the older layout, if any. Its entries hold the first positions of the log without a gap, one
     * per commit, so one of them holds the position one less than their number: the walk starts there. Not from the
     * head hint: in a store that went on in the newer layout that lies past every entry, and the look back from it
     * for the entry holding it asked for every position down to the last entry, with none at all, 13 s of each
     * start-up at 850,000 events (#16).
     */
    private LogEntry lastEntry() {
        long count = log.estimatedDocumentCount();
        if (count == 0) {
            return null;
        }
        List<LogEntry> start = entries.covering(count - 1, WALK);
        LogEntry end = start.isEmpty() ? null : start.get(start.size() - 1);
        List<LogEntry> more;
        while (end != null && !(more = entries.from(end.end(), WALK)).isEmpty()) {
            end = more.get(more.size() - 1);
        }
        return end;
    }

    /** The places starting at {@code position} (a boundary) and after, contiguous, up to {@code most} positions. */
    List<LogEntry> from(long position, int most) {
        return placesFrom(position, most).stream().map(Place::entry).toList();
    }

    /** The place holding {@code position} (which may start before it) and the places after it. */
    List<LogEntry> covering(long position, int most) {
        return placesCovering(position, most).stream().map(Place::entry).toList();
    }

    /** As {@link #from}, with the commits. */
    List<Place> placesFrom(long position, int most) {
        return seenPlaces(places.from(position, most));
    }

    /**
     * As {@link #placesFrom}, for tracking readers: the commits this JVM's tracking reads fetched lately come from
     * memory, as many as chain on there. Verification reads the store itself.
     */
    List<Place> recentPlacesFrom(long position, int most) {
        List<Place> remembered = recent.chainFrom(position, most);
        if (!remembered.isEmpty()) {
            return seenPlaces(remembered);
        }
        List<Place> read = placesFrom(position, most);
        recent.remember(read);
        return read;
    }

    /** As {@link #covering}, with the commits. */
    List<Place> placesCovering(long position, int most) {
        return seenPlaces(places.covering(position, most));
    }

    private List<Place> seenPlaces(List<Place> found) {
        seen(found.stream().map(Place::entry).toList());
        return found;
    }

    /** The position after the last event: from the last place known here, walking forward by exact positions. */
    long head() {
        LogEntry end = walkForward(knownEnd());
        return end == null ? 0 : end.end();
    }

    /** How many entries of the older layout the log holds, as the store keeps count (no read of the entries). */
    long entries() {
        return log.estimatedDocumentCount();
    }

    /** Whether any commit is placed after {@code position}: a range query, for verification only. */
    boolean anyAfter(long position) {
        return streams.find(Filters.gt(CLAIM_INDEX, position)).limit(1).first() != null;
    }

    /** Rare: the place of a commit of the older layout that has an entry (a lookup by a secondary, indexed field). */
    Optional<LogEntry> placeOf(String stream) {
        return Optional.ofNullable(log.find(Filters.eq("stream", stream)).first()).map(LogEntry::of);
    }

    /**
     * The last place this JVM has seen; at first, the one the head hint points at and the ones after it (a writer
     * that starts from an older one only collides a few more times).
     */
    private LogEntry knownEnd() {
        LogEntry known = last.get();
        if (known != null) {
            return known;
        }
        long next = hint();
        List<LogEntry> start = next == 0 ? from(0, WALK) : covering(next - 1, WALK);
        return walkForward(start.isEmpty() ? null : start.get(start.size() - 1));
    }

    private long hint() {
        Document hint = headHint.find(Filters.eq("_id", "head")).first();
        return hint == null ? 0 : hint.getLong("next");
    }

    private LogEntry walkForward(LogEntry start) {
        LogEntry end = start;
        List<LogEntry> more;
        while (!(more = from(end == null ? 0 : end.end(), end == null ? WALK : STEP)).isEmpty()) {
            end = more.get(more.size() - 1);
        }
        return end;
    }

    private void seen(List<LogEntry> found) {
        if (!found.isEmpty()) {
            last.accumulateAndGet(found.get(found.size() - 1), LATER);
        }
    }

    private void raiseHint(LogEntry entry, int claimed) {
        claimedSinceHint += claimed;
        if (claimedSinceHint >= HINT_EVERY) {
            headHint.updateOne(Filters.eq("_id", "head"), Updates.max("next", entry.end()),
                    new UpdateOptions().upsert(true));
            claimedSinceHint = 0;
        }
    }
}
