package com.clientcare.eventstore.commitlog;

import com.clientcare.eventstore.cluster.BackgroundThread;
import com.clientcare.eventstore.commitlog.GlobalLog.Place;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.function.LongConsumer;

/**
 * Walks the global log in batches from the first commit, recomputing each hash from the stored bytes. Each read
 * fetches a batch's places: a commit with the claim of its positions (and, for a commit of the older layout, its
 * entry in the log), so every commit is read once; it read each twice before, its place and then its document by
 * key (#16). The reads are pipelined: a thread reads the next batches while the caller hashes those before, so
 * reading and hashing work at once rather than in turn.
 */
final class IntegrityVerifier {

    /**
     * Keys per read. The embedded server looks each key up in its index and then matches every document it found
     * against the whole {@code $in} list again, so a read costs keys squared on top: many small reads beat few large.
     */
    private static final int BATCH = 128;
    /** Batches read ahead of the hashing: enough to keep the reader busy, few enough to cap memory. */
    private static final int AHEAD = 2;

    private final GlobalLog log;
    private final LongConsumer checkedSoFar;

    /** Places of the log, or the end of the log ({@code places} empty), or a failed read. */
    private record Batch(List<Place> places, RuntimeException failure) {
    }

    /** @param checkedSoFar told the events checked so far after each batch, for a check's progress */
    IntegrityVerifier(GlobalLog log, LongConsumer checkedSoFar) {
        this.log = log;
        this.checkedSoFar = checkedSoFar;
    }

    IntegrityReport verify() {
        long started = System.nanoTime();
        BlockingQueue<Batch> places = new ArrayBlockingQueue<>(AHEAD);
        ExecutorService reader = BackgroundThread.scheduler("integrity-reader");
        try {
            reader.execute(() -> readPlaces(places));
            return check(places, started);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while verifying the event log", e);
        } finally {
            reader.shutdownNow();
        }
    }

    private void readPlaces(BlockingQueue<Batch> out) {
        try {
            long position = 0;
            List<Place> batch;
            do {
                batch = log.placesFrom(position, BATCH);
                out.put(new Batch(batch, null));
                position = batch.isEmpty() ? position : batch.get(batch.size() - 1).end();
            } while (!batch.isEmpty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failed(out, e);
        }
    }

    /** Passes a failed read on to the stage after, which ends with it. */
    private static void failed(BlockingQueue<Batch> out, RuntimeException failure) {
        try {
            out.put(new Batch(List.of(), failure));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private IntegrityReport check(BlockingQueue<Batch> batches, long started) throws InterruptedException {
        String previousHash = HashChain.GENESIS;
        long position = 0;
        long commitsChecked = 0;
        long eventsChecked = 0;
        while (true) {
            Batch batch = batches.take();
            if (batch.failure() != null) {
                throw batch.failure();
            }
            if (batch.places().isEmpty()) {
                if (log.anyAfter(position)) {
                    return report(false, commitsChecked, eventsChecked, position, null,
                            "no commit at this position, yet the log goes on after it: one was removed", started);
                }
                return report(true, commitsChecked, eventsChecked, null, null, null, started);
            }
            for (Place place : batch.places()) {
                LogEntry entry = place.entry();
                String broken = brokenBecause(entry, place.commit(), previousHash);
                if (broken != null) {
                    return report(false, commitsChecked, eventsChecked, entry.position(), entry.stream(), broken,
                            started);
                }
                previousHash = entry.hash();
                commitsChecked++;
                eventsChecked += entry.count();
            }
            position = batch.places().get(batch.places().size() - 1).end();
            checkedSoFar.accept(eventsChecked);
        }
    }

    private static String brokenBecause(LogEntry entry, StoredCommit commit, String previousHash) {
        if (commit.count() != entry.count()) {
            return "the commit holds " + commit.count() + " events, the log says " + entry.count();
        }
        if (!HashChain.knows(entry.hashVersion())) {
            return "the commit names hash form " + entry.hashVersion() + ", which this engine does not know";
        }
        String expected = HashChain.link(entry.hashVersion(), previousHash, entry.position(), entry.stream(),
                commit.events());
        if (!expected.equals(entry.hash())) {
            return "the stored events or their place do not hash to the recorded hash";
        }
        return null;
    }

    private static IntegrityReport report(boolean intact, long commits, long events, Long brokenAt, String commit,
                                          String reason, long startedNanos) {
        long nanos = System.nanoTime() - startedNanos;
        double seconds = Math.max(nanos / 1e9, 1e-6);
        return new IntegrityReport(intact, commits, events, brokenAt, commit, reason, nanos / 1_000_000,
                Math.round(events / seconds));
    }
}
