package com.clientcare.eventstore;

import com.mongodb.client.MongoDatabase;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** The store's health as {@code eventStore} in {@code /actuator/health} and in the readiness group. */
@AutoConfiguration(after = EventStoreConfiguration.class)
public class StoreHealthConfiguration {

    @Bean
    public StoreHealth eventStoreHealthIndicator(MongoDatabase database) {
        return new StoreHealth(database);
    }
}
