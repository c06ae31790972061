package com.clientcare.command.client;

import com.clientcare.command.rules.SameFact;
import com.clientcare.shared.client.PersonalDataErasedEvent;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
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
 * <p>
 * C8: a print is a digest, no personal field, but a digest of the fact's content would still confirm a guess of an
 * erased field; so an erasure removes the client's prints, and a fill that meets the erasure stores nothing (the
 * client takes no new facts then, so nothing asks again).
 */
@Component
@ProcessingGroup("personal-data-erasure")
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

    /**
     * In the processing group that completes erasures, whose position is long past the erasures recorded before
     * the prints existed: a group of its own would read the whole log once to find none.
     */
    @EventHandler
    void on(PersonalDataErasedEvent event) {
        List<String> ids = new ArrayList<>();
        DomainEventStream events = eventStore.readEvents(event.clientId(), 0);
        while (events.hasNext()) {
            Object payload = events.next().getPayload();
            String id = FactPrints.idOf(payload);
            if (id != null) {
                ids.add(printId(event.clientId(), FactPrints.key(payload.getClass(), id)));
            }
        }
        for (int from = 0; from < ids.size(); from += BATCH) {
            prints.deleteMany(Filters.in("_id", ids.subList(from, Math.min(ids.size(), from + BATCH))));
        }
        prints.deleteOne(Filters.eq("_id", markId(event.clientId())));
    }

    /**
     * Stores the prints of the client's events from {@code from} on, unless they end in its erasure; answers the
     * one under {@code printId}, if any.
     */
    private Document fill(String clientId, long from, String printId) {
        Document wanted = null;
        long last = from - 1;
        List<ReplaceOneModel<Document>> filled = new ArrayList<>();
        DomainEventStream events = eventStore.readEvents(clientId, from);
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            last = event.getSequenceNumber();
            Object payload = event.getPayload();
            if (payload instanceof PersonalDataErasedEvent) {
                return null;
            }
            String id = FactPrints.idOf(payload);
            if (id != null) {
                SameFact.Print fact = SameFact.printOf((Record) payload);
                Document print = new Document("_id", printId(clientId, FactPrints.key(payload.getClass(), id)))
                        .append("content", fact.content()).append("seconds", fact.at().getEpochSecond())
                        .append("nanos", fact.at().getNano()).append("sequence", last);
                if (print.getString("_id").equals(printId)) {
                    wanted = print;
                }
                filled.add(new ReplaceOneModel<>(Filters.eq("_id", print.getString("_id")), print,
                        new ReplaceOptions().upsert(true)));
            }
        }
        for (int start = 0; start < filled.size(); start += BATCH) {
            prints.bulkWrite(filled.subList(start, Math.min(filled.size(), start + BATCH)),
                    new BulkWriteOptions().ordered(false));
        }
        if (last >= from) {
            prints.updateOne(Filters.eq("_id", markId(clientId)), Updates.max("through", last),
                    new UpdateOptions().upsert(true));
        }
        return wanted;
    }

    private static String printId(String clientId, long key) {
        return clientId + ":" + String.format("%016x", key);
    }

    private static String markId(String clientId) {
        return clientId + ":mark";
    }
}
