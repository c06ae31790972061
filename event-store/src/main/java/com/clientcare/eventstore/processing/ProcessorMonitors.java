package com.clientcare.eventstore.processing;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import org.axonframework.config.Configurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.micrometer.CapacityMonitor;
import org.axonframework.micrometer.EventProcessorLatencyMonitor;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.TagsUtil;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;

/**
 * What each event processor reports (README, Metrics): its latency, its capacity and its handled and failed events,
 * tagged as Axon's dimensional metrics tag them, but not Axon's per-message timer too ({@code MessageTimerMonitor},
 * which no table names): in a profile of the query side under the volume generator the timers were 8 % of its
 * processors' samples, each event looking up and recording three timers per processor (#17).
 */
public final class ProcessorMonitors {

    private static final String PREFIX = "eventProcessor";

    private ProcessorMonitors() {
    }

    /**
     * Every event processor of this configuration gets {@link #of}; other components keep Axon's monitors. A
     * processor's monitor only ever sees events, which Axon's factory type does not say (Axon casts the same way).
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void register(Configurer configurer, MeterRegistry meters) {
        configurer.configureMessageMonitor(EventProcessor.class,
                (configuration, componentType, componentName) -> (MessageMonitor) of(componentName, meters));
    }

    static MessageMonitor<EventMessage<?>> of(String processorName, MeterRegistry meters) {
        Tags processor = Tags.of(TagsUtil.PROCESSOR_NAME_TAG, processorName);
        return new MultiMessageMonitor<>(
                EventProcessorLatencyMonitor.builder().meterNamePrefix(PREFIX).meterRegistry(meters)
                        .tagsBuilder(message -> processor).build(),
                CapacityMonitor.buildMonitor(PREFIX, meters, message -> processor
                        .and(TagsUtil.PAYLOAD_TYPE_TAG, message.getPayloadType().getSimpleName())),
                MessageCountingMonitor.buildMonitor(PREFIX, meters, message -> processor
                        .and(TagsUtil.PAYLOAD_TYPE_TAG, message.getPayloadType().getSimpleName())));
    }
}
