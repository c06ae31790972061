package com.clientcare.eventstore;

import com.clientcare.eventstore.cluster.BackgroundThread;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerException;
import io.netty.channel.Channel;
import io.netty.channel.embedded.EmbeddedChannel;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.RandomAccessStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The embedded server's H2 file store, its pages in BSON ({@link BsonH2Database}), made durable the way databases
 * are: a write-ahead journal ({@link StoreJournal}) and checkpoints. A write command is applied to the store in
 * memory and appended to the journal, in one order for all writes, and acknowledged once its record is in the file
 * (with {@code fsync}, on the disk); concurrent writers share one file write. The store commits its pages to its
 * own file only at a checkpoint, every {@link #CHECKPOINT_EVERY} or {@link #CHECKPOINT_BYTES} of journal, which
 * makes that journal obsolete. After a hard stop the store opens as of its last checkpoint and the journal's
 * records are applied again, in order, before the server accepts connections.
 * <p>
 * Why not a commit of the store per write, as before: each commit wrote a chunk of its own to the file (33 to 54 KB
 * per one-event append, measured), so every write paid for a chunk and the file grew by one per write.
 * <p>
 * A write that asks for no journaling (write concern {@code j: false}, as MongoDB defines it) is acknowledged
 * without waiting for the file: the next write that waits, or the next checkpoint, makes it durable. The event
 * store uses that for the writes whose durability its next write guarantees.
 */
final class DurableH2Backend extends H2Backend {

    private static final Logger log = LoggerFactory.getLogger(DurableH2Backend.class);

    /**
     * MB of heap for pages the store keeps deserialized (H2's default is 16), as {@link DecodedSize} counts them.
     * Documents sit in pages by {@code _id}, so a tracking read fetches commits from pages all over the file; with
     * 100,000 events stored, 16 MB counted by BSON size (about 55 MB of heap) made it reload a page for most commits
     * (measured: twice the read time of 128 so counted). Counted by BSON size, as then, "64 MB" held 236 MB of live
     * heap at 972,680 events; counted as now, 102 MB, and the benchmark's reads and integrity check were as fast (#16).
     */
    private static final int CACHE_MB = 64;
    static final Duration CHECKPOINT_EVERY = Duration.ofSeconds(1);
    /**
     * Journal bytes that make a checkpoint come early: a bound on the pages held in memory, on the chunk a checkpoint
     * writes (built in one buffer on the heap: at 900,000 events, 32 MB let a catch-up's rewritten key lists grow it
     * past 53 MB and out of a 512 MB heap, and H2 closed the store, #16) and on the replay.
     */
    private static final long CHECKPOINT_BYTES = 8L * 1024 * 1024;
    /**
     * Unsaved pages (as H2 counts their memory) that make a checkpoint come early: a small write can change a large
     * page (a $push to a key-list bucket), so the journal alone does not bound them, nor the chunk a checkpoint builds
     * in one heap buffer. At 32 MB, with 12 MB of moved pages on top, a replay at 972,679 events ran the command
     * side's 512 MB heap out (#16); H2's own threshold, which this replaces, was 19 MB.
     */
    private static final int UNSAVED_BYTES = 16 * 1024 * 1024;
    /**
     * After each checkpoint, live pages are moved out of the least-filled chunks, up to this share of the bytes the
     * store wrote since the previous one (its moves included, so the share stays bounded), while chunks are less than
     * {@link #FILL_RATE} % live. Documents sit in pages by key, and the read models rewrite theirs while the log only
     * appends, so almost every chunk keeps a few live pages for ever: a chunk's space is reused only once its last
     * live page has moved. A fixed 4 MB every 30 checkpoints, as before, left the file 80 % dead and 33 KB per event
     * at a million events (#16). Moving half of what is written keeps chunks about half live.
     */
    private static final double COMPACT_SHARE = 0.5;
    private static final int FILL_RATE = 60;
    /** A bound on one checkpoint's moves, which the next checkpoint's chunk carries (built in one heap buffer). */
    private static final long COMPACT_BYTES = 6L * 1024 * 1024;
    /** Below this share of the file in chunks, an idle store moves chunks to let the file shrink. */
    private static final int FILE_FILL_RATE = 50;
    /**
     * Bytes of chunks moved per step, at most: H2 reads a chunk whole into one heap buffer to move it, and a larger
     * chunk is not moved. At 16 MB a move ran the command side's 512 MB heap out during a replay at 972,679 events.
     */
    private static final long MOVE_BYTES = 8L * 1024 * 1024;
    /**
     * The most writes clients are told to send in one command (mongo-java-server says 1,000, as MongoDB once did), so
     * the driver splits a large bulk write into several commands: a write command is decoded, applied and journaled
     * whole on the heap, its documents taking 3 to 10 times their BSON size there. A replay's bulk write of up to
     * 1,000 key-list buckets of up to 150 KB each ran the command side's 512 MB heap out while the journal encoded it,
     * at 972,680 events (#16). A bound in bytes would be better, but the driver applies MongoDB's message size to
     * replies as well, and the server's reply batches may be larger.
     */
    static final int MAX_WRITE_BATCH = 100;
    private static final String GENERATION = "generation";

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify",
            "createindexes", "dropindexes", "drop", "dropdatabase", "create", "renamecollection");

    private final MVStore store;
    private final MVMap<String, Long> journalState;
    /** One write applies at a time, and is journaled in that order: a replay applies them in the same order. */
    private final ReentrantLock ordering = new ReentrantLock();
    private final ScheduledExecutorService checkpoints;
    private StoreJournal journal;
    private long writtenBeforeCompaction;
    /** Bytes of live pages the next compaction may move: a share of what was written since the last one moved any. */
    private long compactionCredit;

    private DurableH2Backend(MVStore store) {
        super(store);
        this.store = store;
        this.journalState = store.openMap("clientcare.journal");
        this.checkpoints = BackgroundThread.scheduler("embedded-store-checkpoint");
    }

    static DurableH2Backend open(Path file, boolean fsync, Duration checkpointEvery) {
        // no commit but a checkpoint's: H2 2.3 still commits by itself past 19 MB of unsaved pages when only its
        // auto-commit delay is off, and a store written between checkpoints holds writes its journal applies again
        DurableH2Backend backend = new DurableH2Backend(new MVStore.Builder().fileName(file.toString())
                .autoCommitDisabled().autoCommitBufferSize(0).cacheSize(CACHE_MB).open());
        backend.recover(file.getParent(), fsync);
        backend.checkpoints.scheduleWithFixedDelay(backend::checkpointQuietly, checkpointEvery.toMillis(),
                checkpointEvery.toMillis(), TimeUnit.MILLISECONDS);
        return backend;
    }

    /** Applies the current generation's journal to the store as of its last checkpoint, then checkpoints. */
    private void recover(Path directory, boolean fsync) {
        long generation = journalState.getOrDefault(GENERATION, 0L);
        Channel replaying = new EmbeddedChannel();
        int replayed = StoreJournal.replay(directory, generation, record -> super.handleCommand(replaying,
                record.get("d").toString(), record.get("c").toString(), (Document) record.get("q")));
        journalState.put(GENERATION, generation + 1);
        commitStore(fsync);
        journal = StoreJournal.start(directory, generation + 1, fsync);
        if (replayed > 0) {
            log.info("Embedded store: {} writes after its last checkpoint applied again from the journal", replayed);
        }
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new BsonH2Database(databaseName, getMvStore(), getCursorRegistry());
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if (store.isClosed()) {
            // H2 closes its store for good on a failure it cannot undo (a checkpoint that ran out of heap, #16); every
            // command then fails, ping too, so that the health of both applications says so instead of UP
            throw new MongoServerException("the embedded store closed after a failure (see the command side's log); "
                    + "restart the command side: its journal applies every acknowledged write again");
        }
        if (command.equalsIgnoreCase("ismaster")) {
            Document reply = super.handleCommand(channel, databaseName, command, query);
            reply.put("maxWriteBatchSize", MAX_WRITE_BATCH);
            return reply;
        }
        if (!WRITES.contains(command.toLowerCase())) {
            return super.handleCommand(channel, databaseName, command, query);
        }
        byte[] record = StoreJournal.encode(StoreJournal.record(databaseName, command, query));
        Document reply;
        long end;
        ordering.lock();
        try {
            reply = super.handleCommand(channel, databaseName, command, query);
            end = journal.append(record);
        } finally {
            ordering.unlock();
        }
        if (journaled(query)) {
            journal.awaitDurable(end);
        }
        if (journal.sinceCheckpoint() >= CHECKPOINT_BYTES || store.getUnsavedMemory() >= UNSAVED_BYTES) {
            checkpoints.execute(this::checkpointQuietly);
        }
        return reply;
    }

    /** Makes everything applied so far part of the store's file, and the journal so far obsolete. */
    @Override
    public void commit() {
        ordering.lock();
        try {
            if (journal.sinceCheckpoint() > 0) {
                long next = journalState.get(GENERATION) + 1;
                journalState.put(GENERATION, next);
                commitStore(journal.fsync());
                journal.checkpointed(next);
            } else {
                shrinkFileInSteps();
            }
        } finally {
            ordering.unlock();
        }
    }

    /**
     * While chunks take less than {@link #FILE_FILL_RATE} % of the file (free space left by a burst of writes, which
     * chunks reuse but which the file keeps), moves up to {@link #MOVE_BYTES} of chunks into free space nearer the
     * file's start, and cuts the file once its end is free. Only when no write came since the last checkpoint: H2
     * records the moves by committing the store, so this runs in the write order (where the store holds no write that
     * its journal would apply again) and holds writers back while it copies; a busy store's file does not grow, by
     * compaction, and shrinks when it is quiet.
     */
    private void shrinkFileInSteps() {
        if (store.getFileStore() instanceof RandomAccessStore file) {
            // H2 drops the chunks no version needs any more first, then moves only below that fill rate
            file.compactMoveChunks(FILE_FILL_RATE, MOVE_BYTES, store);
        }
    }

    private void commitStore(boolean fsync) {
        store.commit();
        if (fsync) {
            store.sync();
        }
    }

    private void checkpointQuietly() {
        try {
            checkpoint();
        } catch (RuntimeException e) {
            log.error("Embedded store: a checkpoint failed; the journal keeps every write until one succeeds", e);
        }
    }

    /** A checkpoint, then the compaction it pays for. */
    void checkpoint() {
        commit();
        compactInProportion();
    }

    /**
     * Moves live pages out of sparse chunks, in proportion to what the store wrote ({@link #COMPACT_SHARE}). Done
     * outside the write order, so writers go on meanwhile: a move changes no document, and the moved pages are written
     * by the next checkpoint with whatever else it holds.
     */
    private void compactInProportion() {
        long written = bytesWritten();
        compactionCredit = Math.min(COMPACT_BYTES,
                compactionCredit + (long) ((written - writtenBeforeCompaction) * COMPACT_SHARE));
        writtenBeforeCompaction = written;
        // a chunk is moved whole or not at all, so the credit builds up until it covers the sparsest chunk's live pages
        if (compactionCredit > 0 && store.compact(FILL_RATE, (int) compactionCredit)) {
            compactionCredit = 0;
        }
    }

    @Override
    public void close() {
        // a checkpoint under way is let finish: interrupted in its file write, it closes H2's file channel, and the
        // store with it, so that the last commit below failed (seen in the benchmark's stores, closed one by one)
        checkpoints.shutdown();
        try {
            if (!checkpoints.awaitTermination(1, TimeUnit.MINUTES)) {
                log.warn("Embedded store: a checkpoint still runs after a minute; closing anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (store.isClosed()) {
            // closed by H2 after a failure: nothing more can be checkpointed, and the journal keeps every write since
            log.warn("Embedded store: closing a store H2 had closed after a failure; its journal is replayed at start");
            journal.close();
            return;
        }
        commit();
        journal.close();
        super.close();
    }

    /** The bytes the store has written to its file since it opened (which H2 tells only among its other figures). */
    private long bytesWritten() {
        long[] written = {0};
        store.getFileStore().populateInfo((name, value) -> {
            if (name.equals("info.FILE_WRITE_BYTES")) {
                written[0] = Long.parseLong(value);
            }
        });
        return written[0];
    }

    /** The store file's size and how full it is, as H2 counts it now. */
    StoreFileStats fileStats() {
        FileStore<?> file = store.getFileStore();
        return new StoreFileStats(file.size(), file.getFillRate(), file.getChunksFillRate());
    }

    private static boolean journaled(Document query) {
        return !(query.get("writeConcern") instanceof Document concern && Boolean.FALSE.equals(concern.get("j")));
    }
}
