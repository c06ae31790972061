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
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The read-model writes of a rebuild held back and sent together: while a batch is open on a thread, the
 * projections' documents (read models and their key lists) are read once, changed in memory and written by one
 * unordered bulk write per collection when the batch is flushed. A rebuild handles thousands of events a second
 * this way instead of a few round trips per event. Queries that are not exact-key reads flush first, so a handler
 * always sees what the events before it wrote. Used where a failure can only discard the whole result (a replay
 * into a database of its own); the live processors write through.
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

    private final Map<MongoCollection<Document>, Map<Object, Held>> held = new LinkedHashMap<>();

    private ReadModelBatch() {
    }

    /** Opens a batch on this thread; close it (flushing what it holds) when done. */
    public static ReadModelBatch open() {
        if (CURRENT.get() != null) {
            throw new IllegalStateException("a read-model batch is already open on this thread");
        }
        ReadModelBatch batch = new ReadModelBatch();
        CURRENT.set(batch);
        return batch;
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
            document = new Held(load.get());
            documents.put(id, document);
        }
        return document.document;
    }

    void write(MongoCollection<Document> collection, Object id, Document document) {
        Held written = held.computeIfAbsent(collection, c -> new HashMap<>()).computeIfAbsent(id, key -> new Held(null));
        written.document = document;
        written.changed = true;
    }

    void delete(MongoCollection<Document> collection, Object id) {
        write(collection, id, null);
    }

    /** Writes what changed, one bulk write per collection, and forgets what was read. */
    public void flush() {
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
