package com.clientcare.command.infra;

import com.clientcare.eventstore.EventMetadata;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * The deadline of every running service-level clock, in {@code sla_deadlines} (MongoDB), so that deadlines survive
 * restarts (Axon's SimpleDeadlineManager keeps them in memory). Each keeps the correlation and causation ids its
 * breach will carry.
 */
@Component
public class DeadlineStore {

    /** A clock's deadline with the ids its breach is to carry (either may be absent). */
    public record Deadline(String clockId, String correlationId, String causationId) {
    }

    private final MongoCollection<Document> deadlines;

    public DeadlineStore(MongoDatabase database) {
        this.deadlines = database.getCollection("sla_deadlines");
    }

    /** Keeps or replaces the clock's deadline: storing the same start twice leaves one entry. */
    public void keep(String clockId, Instant deadline, String correlationId, String causationId) {
        deadlines.replaceOne(Filters.eq("_id", clockId),
                new Document("_id", clockId).append("deadline", Date.from(deadline))
                        .append(EventMetadata.CORRELATION_ID, correlationId)
                        .append(EventMetadata.CAUSATION_ID, causationId),
                new ReplaceOptions().upsert(true));
    }

    public void remove(String clockId) {
        deadlines.deleteOne(Filters.eq("_id", clockId));
    }

    /** The deadlines at or before {@code now}. */
    public List<Deadline> dueBy(Instant now) {
        List<Document> due = new ArrayList<>();
        deadlines.find(Filters.lte("deadline", Date.from(now))).into(due);
        return due.stream()
                .map(document -> new Deadline(document.getString("_id"),
                        document.getString(EventMetadata.CORRELATION_ID), document.getString(EventMetadata.CAUSATION_ID)))
                .toList();
    }
}
