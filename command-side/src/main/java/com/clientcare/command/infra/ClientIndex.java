package com.clientcare.command.infra;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.util.List;

/**
 * C8: the ids of one kind of record about each client (its complaints, its accounts), so that the client's export
 * holds them too. One document per client (read by exact key); adding an id twice is harmless, so replays are too.
 */
public class ClientIndex {

    private final MongoCollection<Document> index;
    private final String field;

    public ClientIndex(MongoDatabase database, String collection, String field) {
        this.index = database.getCollection(collection);
        this.field = field;
    }

    public void add(String clientId, String recordId) {
        index.updateOne(Filters.eq("_id", clientId), Updates.addToSet(field, recordId),
                new UpdateOptions().upsert(true));
    }

    /** The client's records, in the order they were added. */
    public List<String> of(String clientId) {
        Document document = index.find(Filters.eq("_id", clientId)).first();
        return document == null ? List.of() : document.getList(field, String.class);
    }
}
