package com.clientcare.eventstore.cluster;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * A named lease in MongoDB ({@code cluster_leases}) that at most one instance holds at a time, so work that must
 * be done once for the whole cluster (the deadline watch, S7) is done by one instance. The holder renews it well
 * within its time to live; if the holder dies, another instance takes it once it has expired. Instances' clocks
 * are assumed to agree to well within the time to live (NTP).
 */
public final class Lease {

    private final MongoCollection<Document> leases;
    private final String name;
    private final String holder;
    private final Duration timeToLive;
    private final Clock clock;

    public Lease(MongoDatabase database, String name, String holder, Duration timeToLive, Clock clock) {
        this.leases = database.getCollection("cluster_leases");
        this.name = name;
        this.holder = holder;
        this.timeToLive = timeToLive;
        this.clock = clock;
    }

    /** True if this instance holds the lease for another time to live: it was free, expired, or already ours. */
    public boolean acquire() {
        Instant now = clock.instant();
        try {
            leases.updateOne(
                    Filters.and(Filters.eq("_id", name),
                            Filters.or(Filters.eq("holder", holder), Filters.lt("expiresAt", Date.from(now)))),
                    Updates.combine(Updates.set("holder", holder),
                            Updates.set("expiresAt", Date.from(now.plus(timeToLive)))),
                    new UpdateOptions().upsert(true));
            return true;
        } catch (MongoWriteException e) {
            // held by another instance: the filter missed, and the upsert hit the existing id
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** Gives the lease up at once (on shutdown), so another instance need not wait for it to expire. */
    public void release() {
        leases.deleteOne(Filters.and(Filters.eq("_id", name), Filters.eq("holder", holder)));
    }

    /** Who holds the lease now, if anyone holds an unexpired one. */
    public String holder() {
        Document lease = leases.find(Filters.eq("_id", name)).first();
        if (lease == null || !lease.getDate("expiresAt").toInstant().isAfter(clock.instant())) {
            return null;
        }
        return lease.getString("holder");
    }
}
