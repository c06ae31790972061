package com.clientcare.command.client;

import com.clientcare.shared.complaint.ComplaintLoggedEvent;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * C8: which complaints are about a client, so that the client's export holds them too. One document per client
 * in {@code client_complaints} (read by exact key); adding an id twice is harmless, so replays are too.
 */
@Component
@ProcessingGroup("client-complaints")
public class ClientComplaints {

    private static final String COMPLAINT_IDS = "complaintIds";

    private final MongoCollection<Document> index;

    public ClientComplaints(MongoDatabase database) {
        this.index = database.getCollection("client_complaints");
    }

    @EventHandler
    void on(ComplaintLoggedEvent event) {
        index.updateOne(Filters.eq("_id", event.clientId()), Updates.addToSet(COMPLAINT_IDS, event.complaintId()),
                new UpdateOptions().upsert(true));
    }

    /** The client's complaints, in the order they were logged. */
    List<String> of(String clientId) {
        Document document = index.find(Filters.eq("_id", clientId)).first();
        return document == null ? List.of() : document.getList(COMPLAINT_IDS, String.class);
    }
}
