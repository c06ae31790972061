package com.clientcare.query.audit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * For operators, per projection: while it is rebuilt from the start of the log (a reset), how many events it has
 * replayed and how many the replay covers (the log up to where it stood at the reset). Both stay equal once it has
 * replayed everything, until it handles a live event again; both are 0 when no replay runs.
 * Counted from the events its handlers have finished (a processor's own status runs ahead of them, by the batch it
 * has read).
 */
@Component
public class ReplayProgress implements ConfigurerModule {

    static final String REPLAYED = "clientcare.projection.replay.replayed";
    static final String TOTAL = "clientcare.projection.replay.total";

    private final Map<String, Counts> lastHandled = new ConcurrentHashMap<>();
    private final MeterRegistry meters;
    private final ShadowProjections projections;
    /** Looked up when the application is ready: the processors are built from this module, among others. */
    private final ObjectProvider<EventProcessingConfiguration> processing;

    public ReplayProgress(MeterRegistry meters, ShadowProjections projections,
                          ObjectProvider<EventProcessingConfiguration> processing) {
        this.meters = meters;
        this.projections = projections;
        this.processing = processing;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.eventProcessing().registerDefaultHandlerInterceptor((configuration, processor) -> handled(processor));
    }

    @EventListener(ApplicationReadyEvent.class)
    public void registerGauges() {
        EventProcessingConfiguration processors = processing.getObject();
        projections.all().keySet().forEach(projection -> register(projection,
                () -> processors.eventProcessor(projection, StreamingEventProcessor.class)));
    }

    void register(String projection, Supplier<Optional<StreamingEventProcessor>> processor) {
        Gauge.builder(REPLAYED, () -> now(projection, processor).replayed()).tag("projection", projection)
                .description("events a projection rebuilt from the start has replayed so far").register(meters);
        Gauge.builder(TOTAL, () -> now(projection, processor).total()).tag("projection", projection)
                .description("events the running replay of a projection covers").register(meters);
    }

    private Counts now(String projection, Supplier<Optional<StreamingEventProcessor>> processor) {
        boolean replaying = processor.get().map(found -> found.processingStatus().values().stream()
                .anyMatch(EventTrackerStatus::isReplaying)).orElse(false);
        return replaying ? lastHandled.getOrDefault(projection, Counts.NONE) : Counts.NONE;
    }

    private MessageHandlerInterceptor<EventMessage<?>> handled(String processor) {
        return (unitOfWork, chain) -> {
            Object result = chain.proceed();
            if (unitOfWork.getMessage() instanceof TrackedEventMessage<?> tracked) {
                lastHandled.put(processor, Counts.after(tracked.trackingToken()));
            }
            return result;
        };
    }

    /** Positions are global indexes from 0: the events up to position p are p + 1. */
    record Counts(long replayed, long total) {

        static final Counts NONE = new Counts(0, 0);

        static Counts after(TrackingToken token) {
            if (!ReplayToken.isReplay(token)) {
                return NONE;
            }
            return new Counts(token.position().orElse(-1) + 1, ReplayToken.getTokenAtReset(token).orElse(-1) + 1);
        }
    }
}
