package com.clientcare.eventstore.commitlog;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Marks placed commits as placed ({@code globalIndex} set, {@code pending} removed) after the append has
 * answered, many in one write: the mark is a hint (a commit met pending is recognised by its unique place in the
 * log), so it need not cost the writer a round trip. Until its mark is written, this JVM remembers the commit as
 * placed, so that loading its aggregate does not try to place it again.
 */
final class PlacementMarks {

    private static final Logger LOG = LoggerFactory.getLogger(PlacementMarks.class);
    private static final int BATCH = 500;
    private static final int REMEMBERED = 65_536;

    private record Mark(String key, long position) {
    }

    private final MongoCollection<Document> streams;
    private final Executor writer;
    private final Queue<Mark> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean writing = new AtomicBoolean();
    private final Map<String, Long> placed = new LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** @param streams the commits, with a write concern that need not wait for the journal */
    PlacementMarks(MongoCollection<Document> streams, Executor writer) {
        this.streams = streams;
        this.writer = writer;
    }

    void mark(String key, long position) {
        synchronized (placed) {
            placed.put(key, position);
        }
        waiting.add(new Mark(key, position));
        if (writing.compareAndSet(false, true)) {
            writer.execute(this::writeWaiting);
        }
    }

    /** Whether this JVM placed the commit (its stored mark may still be on its way). */
    boolean placed(String key) {
        synchronized (placed) {
            return placed.containsKey(key);
        }
    }

    /** Waits, briefly, until every mark asked for so far is written: for a clean shutdown and for tests. */
    void awaitWritten() {
        long giveUp = System.nanoTime() + 5_000_000_000L;
        while ((!waiting.isEmpty() || writing.get()) && System.nanoTime() < giveUp) {
            Thread.onSpinWait();
            Thread.yield();
        }
    }

    private void writeWaiting() {
        try {
            List<UpdateOneModel<Document>> batch = new ArrayList<>();
            for (Mark mark; (mark = waiting.poll()) != null; ) {
                batch.add(new UpdateOneModel<>(Filters.eq("_id", mark.key()), Updates.combine(
                        Updates.set("globalIndex", mark.position()), Updates.unset(StoredCommit.PENDING))));
                if (batch.size() == BATCH) {
                    write(batch);
                    batch = new ArrayList<>();
                }
            }
            write(batch);
        } finally {
            writing.set(false);
        }
        if (!waiting.isEmpty() && writing.compareAndSet(false, true)) {
            writer.execute(this::writeWaiting);
        }
    }

    private void write(List<UpdateOneModel<Document>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            streams.bulkWrite(batch, new BulkWriteOptions().ordered(false));
        } catch (MongoException e) {
            // a lost mark costs whoever meets the commit a look at the log, never its place
            LOG.warn("Could not mark {} placed commits: {}", batch.size(), e.getMessage());
        }
    }
}
