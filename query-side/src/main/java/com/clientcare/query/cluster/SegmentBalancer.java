package com.clientcare.query.cluster;

import com.clientcare.eventstore.cluster.BackgroundThread;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shares each processor's segments among the live query-side instances. The first instance to start claims every
 * segment; each instance then gives up what it holds beyond its share (segments over live instances, rounded up)
 * for a while, and the others' processors claim what was given up. When an instance dies its claims expire after
 * the claim timeout and the others' processors take its segments over (they have a thread per segment). Each
 * round also follows the pauses of a reset made on another instance ({@link ProcessorPauses}).
 */
@Component
public class SegmentBalancer {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final EventProcessingConfiguration processing;
    private final QuerySideMembers members;
    private final ProcessorPauses pauses;
    private final TokenClaims claims;
    private final Duration every;
    private final Duration claimInterval;
    private final ScheduledExecutorService scheduler = BackgroundThread.scheduler("segment-balancer");

    public SegmentBalancer(EventProcessingConfiguration processing, QuerySideMembers members, ProcessorPauses pauses,
                           TokenClaims claims,
                           @Value("${clientcare.processing.balance-every:1s}") Duration every,
                           @Value("${clientcare.processing.claim-interval:2s}") Duration claimInterval) {
        this.processing = processing;
        this.members = members;
        this.pauses = pauses;
        this.claims = claims;
        this.every = every;
        this.claimInterval = claimInterval;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void start() {
        scheduler.scheduleWithFixedDelay(this::round, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
        try {
            members.leave();
        } catch (RuntimeException e) {
            log.info("Could not leave the cluster's members, the heartbeat lapses by itself: {}", e.getMessage());
        }
    }

    void round() {
        try {
            members.beat();
            int alive = members.alive();
            processing.eventProcessors().forEach((name, processor) -> {
                if (processor instanceof TrackingEventProcessor tracking) {
                    pauses.follow(name, tracking);
                    giveUpBeyondShare(name, tracking, alive);
                }
            });
        } catch (RuntimeException e) {
            log.warn("Segment balancing round failed, will retry: {}", e.getMessage());
        }
    }

    private void giveUpBeyondShare(String name, TrackingEventProcessor processor, int alive) {
        if (!processor.isRunning()) {
            return;
        }
        int segments = claims.of(name).size();
        List<Integer> held = processor.processingStatus().keySet().stream().sorted().toList();
        int share = (segments + alive - 1) / Math.max(alive, 1);
        if (alive > 1 && held.size() > share) {
            // long enough for another instance's processor to look for it (twice its claim interval)
            long releaseFor = claimInterval.multipliedBy(2).toMillis();
            held.subList(share, held.size()).forEach(segment -> {
                log.info("Processor {}: giving segment {} up for another instance ({} live, share {})",
                        name, segment, alive, share);
                processor.releaseSegment(segment, releaseFor, TimeUnit.MILLISECONDS);
            });
        }
    }
}
