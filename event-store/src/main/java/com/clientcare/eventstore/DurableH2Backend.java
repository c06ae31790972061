package com.clientcare.eventstore;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The embedded server's H2 file store, made durable: mongo-java-server's H2 backend commits in the background, so
 * an acknowledged write could be lost by a hard stop. This one commits the store to its file after every write
 * command, before the reply is sent, so a write acknowledged to the driver survives the process being killed;
 * with {@code fsync} it also waits for the disk, so it survives the machine stopping.
 * <p>
 * A write that asks for no journaling (write concern {@code j: false}, as MongoDB defines it) is acknowledged
 * without its own commit: the next commit, which covers everything before it, makes it durable. The event store
 * uses that for the writes whose durability its next write guarantees.
 */
final class DurableH2Backend extends H2Backend {

    /**
     * MB of pages the store keeps deserialized (H2's default is 16). Documents sit in pages by {@code _id}, so a
     * tracking read fetches commits from pages all over the file; with 100,000 events stored, 16 MB made it reload
     * a page for most commits (measured: twice the read time of 128 MB). Counted against the hosting JVM's heap.
     */
    private static final int CACHE_MB = 64;

    /**
     * Every this many commits the file is compacted a little: each durable write commits a chunk of its own, and
     * with H2's background writer off (commits are ours) nothing else rewrites the live pages left in old chunks,
     * so the file grew by a chunk per write (measured: 54 KB per event after 100,000 one-event appends) and opening
     * it read every chunk (139 s at that size).
     */
    private static final int COMPACT_EVERY = 1_000;
    /** Chunks less full than this are rewritten, up to {@link #COMPACT_BYTES} at a time (a short pause of writes). */
    private static final int FILL_RATE = 80;
    private static final int COMPACT_BYTES = 4 * 1024 * 1024;

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify",
            "createindexes", "dropindexes", "drop", "dropdatabase", "create", "renamecollection");

    private final MVStore store;
    private final boolean fsync;
    /** Write commands apply under the shared lock, commits take it exclusively: a commit never holds half a write. */
    private final ReadWriteLock applying = new ReentrantReadWriteLock();
    private final Object syncing = new Object();
    private volatile long committedVersion;
    private long syncedVersion;
    /** Guarded by the exclusive lock. */
    private int commitsSinceCompaction;

    private DurableH2Backend(MVStore store, boolean fsync) {
        super(store);
        this.store = store;
        this.fsync = fsync;
    }

    static DurableH2Backend open(String fileName, boolean fsync) {
        return new DurableH2Backend(new MVStore.Builder().fileName(fileName).autoCommitDisabled().cacheSize(CACHE_MB)
                .open(), fsync);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if (!WRITES.contains(command.toLowerCase())) {
            return super.handleCommand(channel, databaseName, command, query);
        }
        Document reply;
        applying.readLock().lock();
        try {
            reply = super.handleCommand(channel, databaseName, command, query);
        } finally {
            applying.readLock().unlock();
        }
        if (journaled(query)) {
            commit();
        }
        return reply;
    }

    /** Commits everything applied so far; a commit that finds nothing new (another one took it along) is free. */
    @Override
    public void commit() {
        long version;
        applying.writeLock().lock();
        try {
            store.commit();
            if (++commitsSinceCompaction >= COMPACT_EVERY) {
                commitsSinceCompaction = 0;
                if (store.compact(FILL_RATE, COMPACT_BYTES)) {
                    store.commit();
                }
            }
            version = store.getCurrentVersion();
            committedVersion = version;
        } finally {
            applying.writeLock().unlock();
        }
        if (fsync) {
            syncUpTo(version);
        }
    }

    /** One fsync covers every commit written before it, so concurrent writers share it. */
    private void syncUpTo(long version) {
        synchronized (syncing) {
            if (syncedVersion >= version) {
                return;
            }
            long upTo = committedVersion;
            store.sync();
            syncedVersion = upTo;
        }
    }

    private static boolean journaled(Document query) {
        return !(query.get("writeConcern") instanceof Document concern && Boolean.FALSE.equals(concern.get("j")));
    }
}
