package com.clientcare.query.infra;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The read-model writes of a batch of events held back and sent together: while a batch is open on a thread, the
 * projections' documents are read once, changed in memory and written by one unordered bulk write per collection
 * when the batch is flushed, so a batch costs a few writes per document it touches instead of a few round trips per
 * event. Queries that are not exact-key reads flush first, so a handler always sees what the events before it wrote.
 * <p>
 * Two kinds: {@link #open(KeysWritten)} for rebuilds, each into a database of its own (one writer: key lists are
 * rewritten whole), and {@link #openShared()} for the live processors, whose segments (threads or instances) share
 * key lists: there a key list's changes are applied at the flush to what the store holds then, each bucket by
 * compare-and-set ({@link KeyIndex}). A read model document is written by one segment only (each projection writes
 * only documents of the aggregate whose event it handles, see ProcessorSegments), so documents are written whole in
 * both kinds.
 */
public final class ReadModelBatch implements AutoCloseable {

    private static final ThreadLocal<ReadModelBatch> CURRENT = new ThreadLocal<>();
    private static final String ID = "_id";

    /** A document as the batch knows it: absent (null) or its latest content, and whether it is to be written. */
    private static final class Held {
        private Document document;
        private boolean changed;

        Held(Document document) {
            this.document = document;
        }
    }

    /** Changes a batch holds that are not whole documents: applied before the documents at each flush. */
    interface Deferred {
        void flush();
    }

    private final Map<MongoCollection<Document>, Map<Object, Held>> held = new LinkedHashMap<>();
    private final Map<Object, Deferred> deferred = new LinkedHashMap<>();
    /** A rebuild's: what it wrote to its databases since they were empty; null for a live processor's batch. */
    private final KeysWritten written;

    private ReadModelBatch(KeysWritten written) {
        this.written = written;
    }

    /**
     * Opens a batch on this thread for rebuilds that alone write their databases, each empty when {@code written}
     * was made and written only by batches opened with it since; close it (flushing) when done.
     */
    public static ReadModelBatch open(KeysWritten written) {
        return begin(Objects.requireNonNull(written, "a rebuild's batch knows what it wrote"));
    }

    /** Opens a batch on this thread for a live processor, whose key lists other segments write at the same time. */
    public static ReadModelBatch openShared() {
        return begin(null);
    }

    private static ReadModelBatch begin(KeysWritten written) {
        if (CURRENT.get() != null) {
            throw new IllegalStateException("a read-model batch is already open on this thread");
        }
        ReadModelBatch batch = new ReadModelBatch(written);
        CURRENT.set(batch);
        return batch;
    }

    /** Forgets what the batch holds without writing it (its events failed and will be handled again). */
    public void discard() {
        held.clear();
        deferred.clear();
        CURRENT.remove();
    }

    /** A live processor's batch (no record of what it wrote), whose key lists other segments write too. */
    boolean shared() {
        return written == null;
    }

    /** The deferred changes {@code owner} keeps in this batch, made on first use. */
    @SuppressWarnings("unchecked")
    <T extends Deferred> T deferred(Object owner, Supplier<T> create) {
        return (T) deferred.computeIfAbsent(owner, key -> create.get());
    }

    static Optional<ReadModelBatch> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Sends the batch to the flush of the open one, if any: before a query that is not an exact-key read. */
    static void flushCurrent() {
        current().ifPresent(ReadModelBatch::flush);
    }

    /** The document with this id as the batch knows it (read from the store once); null when there is none. */
    Document read(MongoCollection<Document> collection, Object id, Supplier<Document> load) {
        Map<Object, Held> documents = held.computeIfAbsent(collection, c -> new HashMap<>());
        Held document = documents.get(id);
        if (document == null) {
            boolean absent = written != null && !written.mayHave(collection, id);
            document = new Held(absent ? null : load.get());
            documents.put(id, document);
        }
        return document.document;
    }

    void write(MongoCollection<Document> collection, Object id, Document document) {
        Held writing = held.computeIfAbsent(collection, c -> new HashMap<>())
                .computeIfAbsent(id, key -> new Held(null));
        writing.document = document;
        writing.changed = true;
        if (written != null) {
            written.add(collection, id);
        }
    }

    void delete(MongoCollection<Document> collection, Object id) {
        write(collection, id, null);
    }

    /**
     * Writes the deferred changes (key lists), then what changed, one bulk write per collection, and forgets what was
     * read. Lists first: a projection derives its list changes from the documents as stored before the batch, so if
     * the writes stop half-way the batch, handled again, must find its documents unwritten to derive the same
     * changes (applying them again changes nothing). Documents first would leave a retried batch with nothing to
     * change in its lists, for ever. Meanwhile a list may name a document not written yet: pages leave it out.
     */
    public void flush() {
        List<Deferred> changes = List.copyOf(deferred.values());
        deferred.clear();
        changes.forEach(Deferred::flush);
        held.forEach((collection, documents) -> {
            List<WriteModel<Document>> writes = new ArrayList<>();
            documents.forEach((id, document) -> {
                if (document.changed) {
                    writes.add(document.document == null ? new DeleteOneModel<>(Filters.eq(ID, id))
                            : new ReplaceOneModel<>(Filters.eq(ID, id), document.document,
                            new ReplaceOptions().upsert(true)));
                }
            });
            if (!writes.isEmpty()) {
                collection.bulkWrite(writes, new BulkWriteOptions().ordered(false));
            }
        });
        held.clear();
    }

    @Override
    public void close() {
        try {
            flush();
        } finally {
            CURRENT.remove();
        }
    }
}
