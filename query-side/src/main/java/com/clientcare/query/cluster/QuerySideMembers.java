package com.clientcare.query.cluster;

import com.clientcare.eventstore.cluster.InstanceName;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;

/**
 * The query-side instances alive now: each writes a heartbeat to {@code cluster_members}; one not heard of for a
 * claim timeout is gone (its claims have expired by then too).
 */
@Component
public class QuerySideMembers {

    private static final String ROLE = "query-side";

    private final MongoCollection<Document> members;
    private final TokenClaims claims;
    private final Clock clock = Clock.systemUTC();

    public QuerySideMembers(MongoDatabase database, TokenClaims claims) {
        this.members = database.getCollection("cluster_members");
        this.claims = claims;
    }

    public void beat() {
        members.replaceOne(Filters.eq("_id", InstanceName.get()),
                new Document("_id", InstanceName.get()).append("role", ROLE)
                        .append("seenAt", Date.from(clock.instant())),
                new ReplaceOptions().upsert(true));
    }

    public void leave() {
        members.deleteOne(Filters.eq("_id", InstanceName.get()));
    }

    public int alive() {
        Instant since = clock.instant().minus(claims.claimTimeout());
        return (int) Math.max(1, members.countDocuments(
                Filters.and(Filters.eq("role", ROLE), Filters.gt("seenAt", Date.from(since)))));
    }
}
