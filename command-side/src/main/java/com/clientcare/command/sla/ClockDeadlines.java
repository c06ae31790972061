package com.clientcare.command.sla;

import com.clientcare.shared.sla.ClockBreachedEvent;
import com.clientcare.shared.sla.ClockMetEvent;
import com.clientcare.shared.sla.ClockStartedEvent;
import com.clientcare.shared.sla.RecordBreachCommand;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import com.clientcare.eventstore.EventMetadata;
import com.clientcare.eventstore.cluster.BackgroundThread;
import com.clientcare.eventstore.cluster.InstanceName;
import com.clientcare.eventstore.cluster.Lease;
import jakarta.annotation.PreDestroy;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Deadlines that survive restarts (Axon's SimpleDeadlineManager keeps them in memory): every running clock's
 * deadline is kept in {@code sla_deadlines}; a scheduler asks each clock past its deadline to record its
 * breach. After a stop, the first pass finds the deadlines missed meanwhile; each clock records its breach
 * once, at its deadline.
 * <p>
 * With several command-side instances on one store, the watch runs on the one holding the {@code clock-deadlines}
 * lease (renewed each pass); when that instance dies another takes the lease once it expires, so the work does
 * not grow with the instances. Even two watches at once would record a breach once: the clock decides (S7).
 */
@Component
@ProcessingGroup("clock-deadlines")
public class ClockDeadlines {

    private static final Logger log = LoggerFactory.getLogger(ClockDeadlines.class);

    private final MongoCollection<Document> deadlines;
    private final CommandGateway commands;
    private final Clock clock;
    private final long everyMillis;
    private final Lease lease;
    private final ScheduledExecutorService scheduler = BackgroundThread.scheduler("clock-deadlines");

    public ClockDeadlines(MongoDatabase database, CommandGateway commands, Clock clock,
                          @Value("${clientcare.sla.deadline-check-millis:1000}") long everyMillis,
                          @Value("${clientcare.sla.deadline-lease-seconds:10}") long leaseSeconds) {
        this.deadlines = database.getCollection("sla_deadlines");
        this.commands = commands;
        this.clock = clock;
        this.everyMillis = everyMillis;
        // wall time, not the business clock: the lease is about processes, not about deadlines
        this.lease = new Lease(database, "clock-deadlines", InstanceName.get(), Duration.ofSeconds(leaseSeconds),
                Clock.systemUTC());
    }

    /**
     * The correlation id of the fact that started the clock travels on to its breach and what that causes; the
     * clock's start is the cause of a breach found by this watch.
     */
    @EventHandler
    void on(ClockStartedEvent event, @MetaDataValue(EventMetadata.CORRELATION_ID) String correlationId,
            @MessageIdentifier String startId) {
        deadlines.replaceOne(Filters.eq("_id", event.clockId()),
                new Document("_id", event.clockId()).append("deadline", Date.from(event.deadline()))
                        .append(EventMetadata.CORRELATION_ID, correlationId)
                        .append(EventMetadata.CAUSATION_ID, startId),
                new ReplaceOptions().upsert(true));
    }

    @EventHandler
    void on(ClockMetEvent event) {
        deadlines.deleteOne(Filters.eq("_id", event.clockId()));
    }

    @EventHandler
    void on(ClockBreachedEvent event) {
        deadlines.deleteOne(Filters.eq("_id", event.clockId()));
    }

    @EventListener(ApplicationReadyEvent.class)
    public void startChecking() {
        scheduler.scheduleWithFixedDelay(this::recordDueBreaches, 0, everyMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stopChecking() {
        scheduler.shutdownNow();
        try {
            lease.release();
        } catch (RuntimeException e) {
            log.info("Deadline lease not released, it expires by itself: {}", e.getMessage());
        }
    }

    /** One pass, on the instance holding the lease: every clock whose deadline has passed records its breach. */
    public void recordDueBreaches() {
        try {
            if (!lease.acquire()) {
                return;
            }
            List<Document> due = new ArrayList<>();
            deadlines.find(Filters.lte("deadline", Date.from(clock.instant()))).into(due);
            for (Document deadline : due) {
                MetaData metaData = MetaData.with(EventMetadata.USER, "system");
                for (String key : List.of(EventMetadata.CORRELATION_ID, EventMetadata.CAUSATION_ID)) {
                    if (deadline.getString(key) != null) {
                        metaData = metaData.and(key, deadline.getString(key));
                    }
                }
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                        new RecordBreachCommand(deadline.getString("_id"), clock.instant())).andMetaData(metaData));
            }
        } catch (RuntimeException e) {
            log.warn("Deadline check failed, will retry: {}", e.getMessage());
        }
    }
}
