package com.clientcare.query.infra;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A read model's MongoDB collection of JSON documents, one per id. Writes are upserts by id, so handling the
 * same event twice leaves the same state (projections are replayed).
 */
public class DocumentCollection<T> {

    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();
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
        collection.replaceOne(Filters.eq(ID, id), document, new ReplaceOptions().upsert(true));
    }

    /** Sets some fields of every document the filter selects. */
    public void setWhere(Bson filter, Map<String, ?> fields) {
        collection.updateMany(filter, new Document("$set", toDocument(fields)));
    }

    public Optional<T> get(String id) {
        return Optional.ofNullable(collection.find(Filters.eq(ID, id)).first()).map(this::fromDocument);
    }

    public List<T> find(Bson filter) {
        return collection.find(filter).map(this::fromDocument).into(new ArrayList<>());
    }

    public void remove(String id) {
        collection.deleteOne(Filters.eq(ID, id));
    }

    /** The documents of these ids, in the order given (those not there left out): one read of exact keys. */
    public List<T> getAll(List<String> ids) {
        Map<Object, Document> found = new HashMap<>();
        collection.find(Filters.in(ID, ids)).forEach(document -> found.put(document.get(ID), document));
        return ids.stream().map(found::get).filter(Objects::nonNull).map(this::fromDocument).toList();
    }

    /**
     * A page of the documents with ids from {@code from} (inclusive) to {@code to} (exclusive), in id order: a range
     * of exact keys, which the embedded store answers without scanning secondary fields.
     */
    public List<T> withIdBetween(String from, String to, int skip, int limit) {
        return collection.find(idBetween(from, to)).sort(new Document(ID, 1)).skip(skip).limit(limit)
                .map(this::fromDocument).into(new ArrayList<>());
    }

    public long countWithIdBetween(String from, String to) {
        return collection.countDocuments(idBetween(from, to));
    }

    private static Bson idBetween(String from, String to) {
        return Filters.and(Filters.gte(ID, from), Filters.lt(ID, to));
    }

    public void clear() {
        collection.deleteMany(new Document());
    }

    private Document toDocument(Object value) {
        try {
            return Document.parse(mapper.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private T fromDocument(Document document) {
        document.remove(ID);
        try {
            return mapper.readValue(document.toJson(RELAXED), type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
