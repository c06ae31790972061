package com.clientcare.query.cluster;

import com.clientcare.query.complaint.ComplaintsProjection;
import com.clientcare.query.infra.BatchedReadModelWrites;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.EventProcessingConfigurer.PooledStreamingProcessorConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Each projection's processor is a pooled streaming processor: one coordinator reads the log once for the whole
 * projection and hands each event to the segment it belongs to, instead of every segment reading the whole log
 * itself (#16, #17: 10 projections x 4 segments were 40 streams of the same events). The processor is split into
 * {@code clientcare.processing.segments} segments (default 4), claimed through the MongoDB token store, so several
 * query-side instances share the work. Events are assigned to a segment by aggregate id (Axon's
 * sequential-per-aggregate policy): each aggregate's events stay in order, events of different aggregates may be
 * handled in another order than the log's. A processor has as many worker threads as segments, so one instance can
 * work on them all at once when it is alone.
 * <p>
 * Only {@code complaints} stays on one segment: it applies a client's erasure (C8) and a clock's retracted
 * breach to complaint documents, events of other aggregates than the complaint's, so it needs the log's order
 * (an erasure handled before the complaint it covers would be lost). Every other projection writes only
 * documents of the aggregate whose event it handles.
 */
@Configuration
public class ProcessorSegments {

    /** Processors that need the log's global order across aggregates: one segment, never split. */
    static final Set<String> GLOBAL_ORDER = Set.of(ComplaintsProjection.NAME);

    /** How often a segment's claim is renewed, as a part of the claim timeout: renewals can slip a few times. */
    private static final int RENEWALS_PER_CLAIM_TIMEOUT = 5;

    @Bean
    public ConfigurerModule segmentedProcessors(@Value("${clientcare.processing.segments:4}") int segments,
                                                @Value("${clientcare.processing.claim-interval:2s}")
                                                Duration claimInterval,
                                                @Value("${clientcare.processing.claim-timeout:10s}")
                                                Duration claimTimeout,
                                                @Value("${clientcare.processing.batch-size:100}") int batchSize) {
        return configurer -> configure(configurer.eventProcessing(), segments, claimInterval, claimTimeout, batchSize);
    }

    /** The same for an Axon configuration built by hand (tests of processors outside Spring). */
    public static void configure(EventProcessingConfigurer processing, int segments, Duration claimInterval,
                                 Duration claimTimeout, int batchSize) {
        processing.usingPooledStreamingEventProcessors()
                .registerPooledStreamingEventProcessorConfiguration(
                        split(segments, claimInterval, claimTimeout, batchSize));
        GLOBAL_ORDER.forEach(name -> processing.registerPooledStreamingEventProcessorConfiguration(name,
                split(1, claimInterval, claimTimeout, batchSize)));
        BatchedReadModelWrites batchedWrites = new BatchedReadModelWrites();
        processing.registerDefaultHandlerInterceptor((c, name) -> batchedWrites);
    }

    /**
     * Up to {@code batchSize} events of a segment that are there already are handled in one batch, whose read-model
     * writes go out together ({@link BatchedReadModelWrites}); a segment never waits to fill a batch.
     */
    private static PooledStreamingProcessorConfiguration split(int segments, Duration claimInterval,
                                                               Duration claimTimeout, int batchSize) {
        return (configuration, builder) -> builder
                .initialSegmentCount(segments)
                .batchSize(batchSize)
                .workerExecutor(name -> {
                    ScheduledExecutorService workers = Executors.newScheduledThreadPool(segments,
                            new AxonThreadFactory("WorkPackage[" + name + "]"));
                    configuration.onShutdown(workers::shutdown);
                    return workers;
                })
                // how often an instance looks for segments released by another or left by a dead one
                .tokenClaimInterval(claimInterval.toMillis())
                .claimExtensionThreshold(claimTimeout.toMillis() / RENEWALS_PER_CLAIM_TIMEOUT)
                // a segment busy with a long batch keeps its claim: the coordinator renews it meanwhile
                .enableCoordinatorClaimExtension();
    }
}
