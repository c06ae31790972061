package com.clientcare.command.client;

import com.clientcare.command.infra.ClientIndex;
import com.clientcare.shared.complaint.ComplaintLoggedEvent;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.util.List;

/** C8: which complaints are about a client, so that the client's export holds them too ({@code client_complaints}). */
@Component
@ProcessingGroup("client-complaints")
public class ClientComplaints {

    private final ClientIndex index;

    public ClientComplaints(MongoDatabase database) {
        this.index = new ClientIndex(database, "client_complaints", "complaintIds");
    }

    @EventHandler
    void on(ComplaintLoggedEvent event) {
        index.add(event.clientId(), event.complaintId());
    }

    /** The client's complaints, in the order they were logged. */
    List<String> of(String clientId) {
        return index.of(clientId);
    }
}
