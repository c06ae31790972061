package com.clientcare.query.audit;

import com.clientcare.query.infra.KeyIndex;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Compares the collections a rebuilt read model wrote with the same collections of the live one, document by document. */
final class ReadModelComparison {

    private static final int MOST_REPORTED = 100;

    private final List<ReplayReport.Difference> differences = new ArrayList<>();
    private int count;
    private int compared;

    static ReadModelComparison of(MongoDatabase live, MongoDatabase rebuilt) {
        ReadModelComparison comparison = new ReadModelComparison();
        for (String collection : rebuilt.listCollectionNames()) {
            comparison.compare(collection, byId(live, collection), byId(rebuilt, collection));
        }
        return comparison;
    }

    private void compare(String collection, Map<Object, Document> live, Map<Object, Document> rebuilt) {
        Set<Object> ids = new TreeSet<>((a, b) -> String.valueOf(a).compareTo(String.valueOf(b)));
        ids.addAll(live.keySet());
        ids.addAll(rebuilt.keySet());
        for (Object id : ids) {
            compared++;
            Document inLive = KeyIndex.comparable(collection, live.get(id));
            Document inRebuilt = KeyIndex.comparable(collection, rebuilt.get(id));
            if (inLive == null && inRebuilt == null) {
                continue;
            }
            if (inLive == null) {
                add(collection, id, "MISSING_IN_LIVE", "the rebuilt read model has it, the live one does not");
            } else if (inRebuilt == null) {
                add(collection, id, "MISSING_IN_REBUILT", "the live read model has it, the rebuilt one does not");
            } else if (!inLive.equals(inRebuilt)) {
                add(collection, id, "DIFFERENT", "fields differ: " + differingFields(inLive, inRebuilt));
            }
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

    private static Map<Object, Document> byId(MongoDatabase database, String collection) {
        Map<Object, Document> documents = new HashMap<>();
        database.getCollection(collection).find().forEach(document -> documents.put(document.get("_id"), document));
        return documents;
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
}
