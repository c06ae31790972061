package com.clientcare.eventstore;

import com.mongodb.MongoException;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * Whether the event store answers (a ping, bounded by the store timeout): DOWN makes {@code /actuator/health}
 * and the readiness probe fail while the store is away, so a load balancer stops sending requests; liveness
 * stays UP, since restarting the application would not bring the store back.
 */
public class StoreHealth implements HealthIndicator {

    private final MongoDatabase database;

    public StoreHealth(MongoDatabase database) {
        this.database = database;
    }

    @Override
    public Health health() {
        try {
            database.runCommand(new Document("ping", 1));
            return Health.up().build();
        } catch (MongoException e) {
            return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
        }
    }
}
