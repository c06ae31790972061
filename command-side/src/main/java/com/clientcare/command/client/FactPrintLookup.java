package com.clientcare.command.client;

import com.clientcare.command.rules.SameFact;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link OlderFactPrints} in {@code client_fact_prints}: a print per fact, {@code _id} "&lt;clientId&gt;:&lt;key&gt;",
 * and per client a mark ({@code _id} "&lt;clientId&gt;:mark", {@code through}): the sequence number up to which the
 * collection holds all of that client's prints. Read by exact keys only (the embedded store scans on anything
 * else): a question is one read of the print and the mark.
 * <p>
 * Written here, when a question finds the mark behind what the client asks about: the client's events after the
 * mark are read and their prints stored, then the mark raised. Not by an event handler, because then a store from
 * before the prints, a write lost in a crash after the append, and several instances would each need a repair path
 * of their own, and every client would pay writes that only a client with more than a window of facts ever reads.
 * Prints come from stored events only, so instances filling the same client at once store the same documents, and
 * a mark never passes a print not yet stored ({@code $max}, after the prints).
 */
@Component
class FactPrintLookup implements OlderFactPrints {

    private static final int BATCH = 1_000;

    private final MongoCollection<Document> prints;
    private final EventStore eventStore;

    FactPrintLookup(MongoDatabase database, EventStore eventStore) {
        this.prints = database.getCollection("client_fact_prints");
        this.eventStore = eventStore;
    }

    @Override
    public SameFact.Print printOf(String clientId, long key, long through) {
        String printId = printId(clientId, key);
        Document print = null;
        long mark = -1;
        for (Document found : prints.find(Filters.in("_id", printId, markId(clientId)))) {
            if (found.getString("_id").equals(printId)) {
                print = found;
            } else {
                mark = found.getLong("through");
            }
        }
        if (print == null && mark < through) {
            print = fill(clientId, mark + 1, printId);
        }
        return print == null || print.getLong("sequence") > through ? null
                : new SameFact.Print(print.getLong("content"),
                Instant.ofEpochSecond(print.getLong("seconds"), print.getInteger("nanos")));
    }

    /** Stores the prints of the client's events from {@code from} on; answers the one under {@code printId}, if any. */
    private Document fill(String clientId, long from, String printId) {
        Document wanted = null;
        long last = from - 1;
        List<ReplaceOneModel<Document>> batch = new ArrayList<>();
        DomainEventStream events = eventStore.readEvents(clientId, from);
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            last = event.getSequenceNumber();
            String id = FactPrints.idOf(event.getPayload());
            if (id == null) {
                continue;
            }
            SameFact.Print fact = SameFact.printOf((Record) event.getPayload());
            Document print = new Document("_id", printId(clientId, FactPrints.key(event.getPayloadType(), id)))
                    .append("content", fact.content()).append("seconds", fact.at().getEpochSecond())
                    .append("nanos", fact.at().getNano()).append("sequence", last);
            if (print.getString("_id").equals(printId)) {
                wanted = print;
            }
            batch.add(new ReplaceOneModel<>(Filters.eq("_id", print.getString("_id")), print,
                    new ReplaceOptions().upsert(true)));
            if (batch.size() == BATCH) {
                store(batch);
            }
        }
        store(batch);
        if (last >= from) {
            prints.updateOne(Filters.eq("_id", markId(clientId)), Updates.max("through", last),
                    new UpdateOptions().upsert(true));
        }
        return wanted;
    }

    private void store(List<ReplaceOneModel<Document>> batch) {
        if (!batch.isEmpty()) {
            prints.bulkWrite(batch, new BulkWriteOptions().ordered(false));
            batch.clear();
        }
    }

    private static String printId(String clientId, long key) {
        return clientId + ":" + String.format("%016x", key);
    }

    private static String markId(String clientId) {
        return clientId + ":mark";
    }
}
