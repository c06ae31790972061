package com.clientcare.query.infra;

import com.clientcare.eventstore.StoreIndexes;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A read model's MongoDB collection of JSON documents, one per id. Writes are upserts by id, so handling the
 * same event twice leaves the same state (projections are replayed).
 */
public class DocumentCollection<T> {

    private static final String ID = "_id";

    private final MongoCollection<Document> collection;
    private final Class<T> type;
    private final ObjectMapper mapper;

    public DocumentCollection(MongoDatabase database, String name, Class<T> type, ObjectMapper mapper) {
        this.collection = database.getCollection(name);
        this.type = type;
        // times as ISO strings: a JSON number would pass through a double in the document and lose nanoseconds
        this.mapper = mapper.copy()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public void put(String id, T value) {
        Document document = toDocument(value).append(ID, id);
        Optional<ReadModelBatch> batch = ReadModelBatch.current();
        if (batch.isPresent()) {
            batch.get().write(collection, id, document);
        } else {
            collection.replaceOne(Filters.eq(ID, id), document, new ReplaceOptions().upsert(true));
        }
    }

    /** Sets some fields of every document the filter selects. */
    public void setWhere(Bson filter, Map<String, ?> fields) {
        ReadModelBatch.flushCurrent();
        collection.updateMany(filter, new Document("$set", toDocument(fields)));
    }

    public Optional<T> get(String id) {
        Document document = ReadModelBatch.current()
                .map(batch -> batch.read(collection, id, () -> collection.find(Filters.eq(ID, id)).first()))
                .orElseGet(() -> collection.find(Filters.eq(ID, id)).first());
        return Optional.ofNullable(document).map(this::fromDocument);
    }

    /** The documents of these ids, in the order given (exact-key reads); ids without a document are left out. */
    public List<T> getAll(List<String> ids) {
        ReadModelBatch.flushCurrent();
        Map<String, T> found = new HashMap<>();
        collection.find(Filters.in(ID, ids)).forEach(document -> {
            String id = document.getString(ID);
            found.put(id, fromDocument(document));
        });
        return ids.stream().filter(found::containsKey).map(found::get).toList();
    }

    /**
     * An ascending index on {@code field}, for what a real MongoDB looks up by it: created at once when the store
     * answers within two seconds, else in the background once it does, since the query side may start before the
     * store (and the in-memory server used in tests does not take an index built while it is written to).
     */
    public DocumentCollection<T> indexedBy(String field) {
        try {
            collection.withTimeout(2, TimeUnit.SECONDS).createIndex(Indexes.ascending(field));
        } catch (MongoException notYet) {
            new StoreIndexes(() -> collection.createIndex(Indexes.ascending(field))).createInBackground();
        }
        return this;
    }

    public List<T> find(Bson filter) {
        ReadModelBatch.flushCurrent();
        return collection.find(filter).map(this::fromDocument).into(new ArrayList<>());
    }

    public void remove(String id) {
        Optional<ReadModelBatch> batch = ReadModelBatch.current();
        if (batch.isPresent()) {
            batch.get().delete(collection, id);
        } else {
            collection.deleteOne(Filters.eq(ID, id));
        }
    }

    /**
     * A page of the documents with ids from {@code from} (inclusive) to {@code to} (exclusive), in id order: a range
     * of exact keys, which the embedded store answers without scanning secondary fields.
     */
    public List<T> withIdBetween(String from, String to, int skip, int limit) {
        ReadModelBatch.flushCurrent();
        return collection.find(idBetween(from, to)).sort(new Document(ID, 1)).skip(skip).limit(limit)
                .map(this::fromDocument).into(new ArrayList<>());
    }

    public long countWithIdBetween(String from, String to) {
        ReadModelBatch.flushCurrent();
        return collection.countDocuments(idBetween(from, to));
    }

    private static Bson idBetween(String from, String to) {
        return Filters.and(Filters.gte(ID, from), Filters.lt(ID, to));
    }

    public void clear() {
        ReadModelBatch.flushCurrent();
        collection.deleteMany(new Document());
    }

    private Document toDocument(Object value) {
        return ReadModelJson.toDocument(mapper, value);
    }

    private T fromDocument(Document stored) {
        Document document = new Document(stored);
        document.remove(ID);
        return ReadModelJson.fromDocument(mapper, document, type);
    }
}
