package com.clientcare.query.audit;

import com.clientcare.query.infra.KeyIndex;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/**
 * Compares the collections a rebuilt read model wrote with the same collections of the live one, document by
 * document: both read in {@code _id} order a page at a time and merged, so at most one page of each side is held
 * however large the collections are (#16), and only the first {@value #MOST_REPORTED} differences are kept, with
 * the count of all.
 */
final class ReadModelComparison {

    /** Documents a page holds: with the two being compared, the most either side holds. */
    static final int BATCH = 500;
    private static final int MOST_REPORTED = 100;
    private static final String ID = "_id";

    /**
     * {@code _id} values in the order MongoDB sorts them: numbers before strings before anything else, each by value.
     * Read models key their documents by strings; a page found out of this order fails the comparison (see
     * {@link InIdOrder}) rather than report documents as missing.
     */
    private static final Comparator<Object> ID_ORDER = Comparator.comparingInt(ReadModelComparison::typeRank)
            .thenComparing((a, b) -> a instanceof Number x && b instanceof Number y
                    ? Double.compare(x.doubleValue(), y.doubleValue())
                    : String.valueOf(a).compareTo(String.valueOf(b)));

    private final List<ReplayReport.Difference> differences = new ArrayList<>();
    private int count;
    private int compared;

    static ReadModelComparison of(MongoDatabase live, MongoDatabase rebuilt) {
        ReadModelComparison comparison = new ReadModelComparison();
        for (String collection : rebuilt.listCollectionNames()) {
            comparison.merge(collection, new InIdOrder(live, collection), new InIdOrder(rebuilt, collection));
        }
        return comparison;
    }

    /**
     * The first comparison without differences, or the last of {@code attempts}: each attempt brings the rebuilt read
     * model to where the live one stands and compares them, so a difference seen only while the live one moved on is
     * not reported, and one that stays through every attempt is.
     */
    static ReadModelComparison settled(int attempts, Callable<ReadModelComparison> caughtUpAndCompared)
            throws Exception {
        ReadModelComparison comparison = caughtUpAndCompared.call();
        for (int attempt = 1; attempt < attempts && comparison.count() > 0; attempt++) {
            comparison = caughtUpAndCompared.call();
        }
        return comparison;
    }

    /** Walks both sides together: a document whose {@code _id} the other side has not reached is missing there. */
    private void merge(String collection, InIdOrder live, InIdOrder rebuilt) {
        while (live.current() != null || rebuilt.current() != null) {
            int order = live.current() == null ? 1
                    : rebuilt.current() == null ? -1 : ID_ORDER.compare(live.id(), rebuilt.id());
            compare(collection, order <= 0 ? live.id() : rebuilt.id(),
                    order <= 0 ? live.current() : null, order >= 0 ? rebuilt.current() : null);
            if (order <= 0) {
                live.advance();
            }
            if (order >= 0) {
                rebuilt.advance();
            }
        }
    }

    private void compare(String collection, Object id, Document live, Document rebuilt) {
        compared++;
        Document inLive = KeyIndex.comparable(collection, live);
        Document inRebuilt = KeyIndex.comparable(collection, rebuilt);
        if (inLive == null && inRebuilt == null) {
            return;
        }
        if (inLive == null) {
            add(collection, id, "MISSING_IN_LIVE", "the rebuilt read model has it, the live one does not");
        } else if (inRebuilt == null) {
            add(collection, id, "MISSING_IN_REBUILT", "the live read model has it, the rebuilt one does not");
        } else if (!inLive.equals(inRebuilt)) {
            add(collection, id, "DIFFERENT", "fields differ: " + differingFields(inLive, inRebuilt));
        }
    }

    private void add(String collection, Object id, String kind, String detail) {
        count++;
        if (differences.size() < MOST_REPORTED) {
            differences.add(new ReplayReport.Difference(collection, String.valueOf(id), kind, detail));
        }
    }

    private static Set<String> differingFields(Document live, Document rebuilt) {
        Set<String> fields = new TreeSet<>(live.keySet());
        fields.addAll(rebuilt.keySet());
        fields.removeIf(field -> Objects.equals(live.get(field), rebuilt.get(field)));
        return fields;
    }

    private static int typeRank(Object id) {
        return id instanceof Number ? 0 : id instanceof String ? 1 : 2;
    }

    List<ReplayReport.Difference> differences() {
        return List.copyOf(differences);
    }

    int count() {
        return count;
    }

    int compared() {
        return compared;
    }

    /**
     * One side's collection in {@code _id} order, a page at a time ({@code _id} after the last one read, sorted,
     * limited), positioned on its current document. Not one sorted cursor over the collection: the embedded store
     * sorted the whole collection and held it for the cursor, which at 972,679 events ran the heap out (#16).
     */
    private static final class InIdOrder {

        private final MongoCollection<Document> collection;
        private Iterator<Document> page;
        private Document current;

        InIdOrder(MongoDatabase database, String collection) {
            this.collection = database.getCollection(collection);
            this.page = nextPage(null);
            advance();
        }

        Document current() {
            return current;
        }

        Object id() {
            return current.get(ID);
        }

        void advance() {
            if (!page.hasNext() && current != null) {
                page = nextPage(id());
            }
            Document next = page.hasNext() ? page.next() : null;
            if (next != null && current != null && ID_ORDER.compare(id(), next.get(ID)) >= 0) {
                throw new IllegalStateException("the store sorted " + next.get(ID) + " after " + id()
                        + ": its order of _id values is not the one this comparison merges by");
            }
            current = next;
        }

        private Iterator<Document> nextPage(Object after) {
            return collection.find(after == null ? new Document() : Filters.gt(ID, after))
                    .sort(Sorts.ascending(ID)).limit(BATCH).into(new ArrayList<>()).iterator();
        }
    }
}
