package com.clientcare.eventstore;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import org.h2.mvstore.MVMap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A collection of the embedded H2 store that reads the one document a query names by its exact {@code _id}, also
 * when the query has further conditions, as MongoDB does. mongo-java-server uses an index only when the query names
 * exactly the index's fields, so {@code {$and: [{_id: k}, {v: version}]}} (a compare-and-set, as every key-list
 * bucket of the read models is written) matched every document of the collection one by one: measured, more than
 * half of the command side's CPU while the volume generator ran, the embedded server serving the query side's live
 * projections.
 */
final class BsonH2Collection extends H2Collection {

    private static final int DELETE_CHUNK = 1_000;

    private final MVMap<Object, Document> documents;

    BsonH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                     MVMap<Object, Document> documents, MVMap<String, Object> meta, CursorRegistry cursors) {
        super(database, collectionName, options, documents, meta, cursors);
        this.documents = documents;
    }

    /**
     * No running total of the collection's BSON bytes (collStats' {@code size}, which nothing here reads): keeping it
     * encoded every document inserted or removed and both versions of every document updated, a third of an update's
     * time when a replay rewrote key-list buckets at 972,680 events (#16). The store's own figures are metrics.
     */
    @Override
    protected boolean tracksDataSize() {
        return false;
    }

    /** Set while this collection's lock is held by an update: its matches are copies, the rest the stored objects. */
    private boolean updating;

    /**
     * An update changes a copy of the stored document and stores the copy; a read gets the stored object itself.
     * mongo-java-server updates a document by changing the object its query found in place, and encodes a reply
     * after the collection's lock is released: a reader handed a stored object could encode fields from before an
     * update beside fields from after it (a key-list bucket's entries from before with its version from after, so
     * that a compare-and-set on that version dropped the entries added meanwhile). A stored object is therefore
     * never changed, only replaced. Reads are not copied: copying every document a read returned was a fifth of the
     * embedded server's CPU while read models caught up at 1,000,000 events (#16). The update itself puts a deep
     * copy's values into the top level of what it found, so a shallow copy is enough.
     */
    @Override
    protected QueryResult matchDocumentsFromStream(Document query, Stream<Document> documents, int numberToSkip,
                                                   int limit, int batchSize, Comparator<Document> order,
                                                   Document fieldSelector) {
        if (!updating) {
            return super.matchDocumentsFromStream(query, documents, numberToSkip, limit, batchSize, order,
                    fieldSelector);
        }
        // matched here, so that only the matches are copied; the empty query then lets every copy through as is
        return super.matchDocumentsFromStream(new Document(), documents
                        .filter(document -> documentMatchesQuery(document, query)).map(Document::clone),
                numberToSkip, limit, batchSize, order, fieldSelector);
    }

    @Override
    public synchronized Document updateDocuments(Document selector, Document updateQuery, ArrayFilters arrayFilters,
                                                 boolean isMulti, boolean isUpsert, Oplog oplog) {
        updating = true;
        try {
            return super.updateDocuments(selector, updateQuery, arrayFilters, isMulti, isUpsert, oplog);
        } finally {
            updating = false;
        }
    }

    /**
     * A delete of every match ({@code deleteMany}) goes {@value #DELETE_CHUNK} matches at a time: mongo-java-server
     * gathers every match before it removes any, so a reset of the {@code correlations} read model (its 1,387,040
     * key lists deleted by one {@code deleteMany}) ran the command side's heap out at 972,682 events (#16).
     */
    @Override
    public synchronized int deleteDocuments(Document selector, int limit, Oplog oplog) {
        if (limit > 0) {
            return super.deleteDocuments(selector, limit, oplog);
        }
        int deleted = 0;
        int chunk;
        do {
            chunk = super.deleteDocuments(selector, DELETE_CHUNK, oplog);
            deleted += chunk;
        } while (chunk == DELETE_CHUNK);
        return deleted;
    }

    @Override
    public synchronized Document findAndModify(Document query) {
        updating = true;
        try {
            return super.findAndModify(query);
        } finally {
            updating = false;
        }
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                                         int batchSize, Document fieldSelector) {
        Document equalities = equalities(query);
        String id = stringId(equalities, getIdField());
        if (id != null) {
            List<Object> positions = getDocument(id) == null ? List.of() : List.of(id);
            return matchDocuments(query, positions, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        List<Object> listed = listedIds(query, getIdField());
        if (listed != null) {
            return matchDocuments(query, listed.stream().filter(documents::containsKey).toList(), orderBy,
                    numberToSkip, limit, batchSize, fieldSelector);
        }
        if (isIdPage(query, orderBy, numberToSkip, limit)) {
            return matchDocuments(query, idsAfter(query.get(getIdField()), limit), orderBy, 0, limit, batchSize,
                    fieldSelector);
        }
        for (Index<Object> index : getIndexes()) {
            Document key = new Document();
            index.getKeys().forEach(indexKey -> {
                if (equalities.containsKey(indexKey.getKey())) {
                    key.put(indexKey.getKey(), equalities.get(indexKey.getKey()));
                }
            });
            if (key.size() == index.getKeys().size() && index.canHandle(key)) {
                return matchDocuments(query, index.getPositions(key), orderBy, numberToSkip, limit, batchSize,
                        fieldSelector);
            }
        }
        return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    /**
     * A page of a collection in {@code _id} order: {@code find({_id: {$gt: last}}).sort({_id: 1}).limit(n)}, or the
     * first page without the condition. Documents sit in the store by {@code _id}, so the page is the next n keys;
     * mongo-java-server matched and sorted the whole collection for it, and held it all for a cursor over it (a
     * replay's comparison of a key-list collection at 972,679 events ran the command side's heap out, #16).
     */
    private boolean isIdPage(Document query, Document orderBy, int numberToSkip, int limit) {
        String id = getIdField();
        boolean byId = id != null && orderBy != null && orderBy.size() == 1
                && orderBy.get(id) instanceof Number direction && direction.intValue() == 1;
        boolean afterAnId = query.isEmpty() || query.size() == 1 && query.get(id) instanceof Document condition
                && condition.size() == 1 && condition.containsKey("$gt");
        return byId && afterAnId && numberToSkip == 0 && limit > 0;
    }

    /** The first {@code most} keys after the {@code $gt} of {@code condition} (from the first key, if none). */
    private List<Object> idsAfter(Object condition, int most) {
        Object after = condition instanceof Document gt ? gt.get("$gt") : null;
        List<Object> ids = new ArrayList<>(most);
        Iterator<Object> keys = documents.keyIterator(after);
        while (keys.hasNext() && ids.size() < most) {
            Object key = keys.next();
            if (after == null || !key.equals(after)) {
                ids.add(key);
            }
        }
        return ids;
    }

    /**
     * The string ids an {@code _id: {$in: [...]}} of the query lists, at its top or as a term of its top {@code $and},
     * each once and in key order; null if it has none. Only the listed documents can match, so they are the
     * candidates, as MongoDB takes them from its {@code _id} index. mongo-java-server uses an index only when a query
     * names exactly its fields, so {@code {$and: [{_id: {$in: ids}}, {summary: {$ne: null}}]}} (a client's erasure,
     * C8, in the interactions read model) matched every document of the collection: seconds per erasure at 972,681
     * events, in a replay and live (#16).
     */
    static List<Object> listedIds(Document query, String idField) {
        if (idField == null) {
            return null;
        }
        List<Object> terms = new ArrayList<>(List.of(query));
        if (query.get("$and") instanceof List<?> conditions) {
            terms.addAll(conditions);
        }
        for (Object term : terms) {
            if (term instanceof Document condition && condition.get(idField) instanceof Document operator
                    && operator.size() == 1 && operator.get("$in") instanceof Collection<?> values
                    && values.stream().allMatch(String.class::isInstance)) {
                return new ArrayList<>(new TreeSet<Object>(values));
            }
        }
        return null;
    }

    /**
     * The fields a query requires to equal a plain value, at its top or as terms of its top {@code $and}: every
     * document the query matches has them, so a unique index over some of them finds all its candidates (the whole
     * query is then matched on those). mongo-java-server uses an index only when a query names exactly its fields,
     * so Axon's token store, whose every update names processor, segment and owner under {@code $and}, matched the
     * whole token collection document by document. Null (also matches a missing field, which a sparse index lacks),
     * documents (operators), lists and patterns are left out.
     */
    static Document equalities(Document query) {
        Document equalities = new Document();
        query.forEach((field, value) -> addIfPlain(equalities, field, value));
        if (query.get("$and") instanceof List<?> terms) {
            for (Object term : terms) {
                if (term instanceof Document condition && condition.size() == 1) {
                    condition.forEach((field, value) -> addIfPlain(equalities, field, value));
                }
            }
        }
        return equalities;
    }

    private static void addIfPlain(Document equalities, String field, Object value) {
        boolean plain = !field.startsWith("$") && value != null && !(value instanceof Document)
                && !(value instanceof Collection<?>) && !(value instanceof Pattern);
        if (plain) {
            equalities.put(field, value);
        }
    }

    /**
     * The string id a query names exactly, at its top or as a term of its top {@code $and} (the driver renders
     * {@code Filters.and} so); null if none. A string key is stored as given, so it is the document's position;
     * keys of other types may be normalized, and go the general way.
     */
    static String exactId(Document query, String idField) {
        return stringId(equalities(query), idField);
    }

    private static String stringId(Document equalities, String idField) {
        return idField != null && equalities.get(idField) instanceof String id ? id : null;
    }
}
