package com.clientcare.query.cluster;

import com.clientcare.query.complaint.ComplaintsProjection;
import com.clientcare.query.infra.BatchedReadModelWrites;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Each projection's processor is split into {@code clientcare.processing.segments} segments (default 4), claimed
 * through the MongoDB token store, so several query-side instances share the work. Events are assigned to a
 * segment by aggregate id (Axon's sequential-per-aggregate policy): each aggregate's events stay in order, events
 * of different aggregates may be handled in another order than the log's. A processor has as many threads as
 * segments, so one instance can hold them all when it is alone.
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

    @Bean
    public ConfigurerModule segmentedProcessors(@Value("${clientcare.processing.segments:4}") int segments,
                                                @Value("${clientcare.processing.claim-interval:2s}")
                                                Duration claimInterval,
                                                @Value("${clientcare.processing.batch-size:100}") int batchSize) {
        return configurer -> configure(configurer.eventProcessing(), segments, claimInterval, batchSize);
    }

    /** The same for an Axon configuration built by hand (tests of processors outside Spring). */
    public static void configure(EventProcessingConfigurer processing, int segments, Duration claimInterval,
                                 int batchSize) {
        processing.registerTrackingEventProcessorConfiguration(c -> split(segments, claimInterval, batchSize));
        GLOBAL_ORDER.forEach(name -> processing
                .registerTrackingEventProcessorConfiguration(name, c -> split(1, claimInterval, batchSize)));
        BatchedReadModelWrites batchedWrites = new BatchedReadModelWrites();
        processing.registerDefaultHandlerInterceptor((c, name) -> batchedWrites);
    }

    /**
     * Up to {@code batchSize} events that are there already are handled in one batch, whose read-model writes go
     * out together ({@link BatchedReadModelWrites}); a processor never waits to fill a batch.
     */
    private static TrackingEventProcessorConfiguration split(int segments, Duration claimInterval, int batchSize) {
        return TrackingEventProcessorConfiguration.forParallelProcessing(segments)
                .andInitialSegmentsCount(segments)
                .andBatchSize(batchSize)
                // how often an instance looks for segments released by another or left by a dead one
                .andTokenClaimInterval(claimInterval.toMillis(), TimeUnit.MILLISECONDS);
    }
}
