package com.clientcare.command.sla;

import com.clientcare.command.infra.DeadlineStore;
import com.clientcare.eventstore.EventMetadata;
import com.clientcare.eventstore.cluster.BackgroundThread;
import com.clientcare.eventstore.cluster.InstanceName;
import com.clientcare.eventstore.cluster.Lease;
import com.clientcare.shared.sla.RecordBreachCommand;
import com.mongodb.client.MongoDatabase;
import jakarta.annotation.PreDestroy;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Asks each clock past its deadline ({@link DeadlineStore}) to record its breach, on a thread of its own, every
 * {@code clientcare.sla.deadline-check-millis}. After a stop, the first pass finds the deadlines missed meanwhile;
 * each clock records its breach once, at its deadline.
 * <p>
 * With several command-side instances on one store, the watch runs on the one holding the {@code clock-deadlines}
 * lease (renewed each pass); when that instance dies another takes the lease once it expires, so the work does
 * not grow with the instances. Even two watches at once would record a breach once: the clock decides (S7).
 */
@Component
public class DeadlineWatch {

    private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);

    private final DeadlineStore deadlines;
    private final CommandGateway commands;
    private final Clock clock;
    private final long everyMillis;
    private final Lease lease;
    private final ScheduledExecutorService scheduler = BackgroundThread.scheduler("clock-deadlines");

    public DeadlineWatch(DeadlineStore deadlines, MongoDatabase database, CommandGateway commands, Clock clock,
                         @Value("${clientcare.sla.deadline-check-millis:1000}") long everyMillis,
                         @Value("${clientcare.sla.deadline-lease-seconds:10}") long leaseSeconds) {
        this.deadlines = deadlines;
        this.commands = commands;
        this.clock = clock;
        this.everyMillis = everyMillis;
        // wall time, not the business clock: the lease is about processes, not about deadlines
        this.lease = new Lease(database, "clock-deadlines", InstanceName.get(), Duration.ofSeconds(leaseSeconds),
                Clock.systemUTC());
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
            for (DeadlineStore.Deadline deadline : deadlines.dueBy(clock.instant())) {
                MetaData metaData = MetaData.with(EventMetadata.USER, "system");
                if (deadline.correlationId() != null) {
                    metaData = metaData.and(EventMetadata.CORRELATION_ID, deadline.correlationId());
                }
                if (deadline.causationId() != null) {
                    metaData = metaData.and(EventMetadata.CAUSATION_ID, deadline.causationId());
                }
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                        new RecordBreachCommand(deadline.clockId(), clock.instant())).andMetaData(metaData));
            }
        } catch (RuntimeException e) {
            log.warn("Deadline check failed, will retry: {}", e.getMessage());
        }
    }
}
