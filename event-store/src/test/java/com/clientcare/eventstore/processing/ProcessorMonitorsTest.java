package com.clientcare.eventstore.processing;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.axonframework.monitoring.MessageMonitor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Event processors report latency, capacity and counts per processor (README, Metrics) without Axon's per-message
 * timers; other components keep Axon's dimensional monitors (#17).
 */
class ProcessorMonitorsTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void an_event_processor_reports_latency_capacity_and_counts_but_no_timer_per_message() {
        Configuration configuration = configuredAsTheApplicationsAre();

        handle(configuration.messageMonitor(TrackingEventProcessor.class, "client-summary"));

        assertThat(meters.getMeters()).extracting(meter -> meter.getId().getName())
                .contains("eventProcessor.latency", "eventProcessor.capacity", "eventProcessor.successCounter",
                        "eventProcessor.failureCounter");
        assertThat(meters.getMeters()).filteredOn(meter -> meter.getId().getName().startsWith("eventProcessor"))
                .allSatisfy(meter -> {
                    assertThat(meter).isNotInstanceOf(Timer.class);
                    assertThat(meter.getId().getTag("processorName")).isEqualTo("client-summary");
                });
    }

    @Test
    void the_command_bus_keeps_axons_timers() {
        Configuration configuration = configuredAsTheApplicationsAre();

        configuration.messageMonitor(SimpleCommandBus.class, "commandBus")
                .onMessageIngested(GenericEventMessage.asEventMessage("a command")).reportSuccess();

        assertThat(meters.getMeters()).filteredOn(meter -> meter instanceof Timer)
                .extracting(meter -> meter.getId().getName()).contains("commandBus.successTimer");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void handle(MessageMonitor monitor) {
        EventMessage<?> event = GenericEventMessage.asEventMessage("an event");
        monitor.onMessageIngested(event).reportSuccess();
    }

    /** As Spring Boot configures both applications: Axon's dimensional metrics, then this project's modules. */
    private Configuration configuredAsTheApplicationsAre() {
        GlobalMetricRegistry registry = new GlobalMetricRegistry(meters);
        Configurer configurer = DefaultConfigurer.defaultConfiguration();
        new MetricsConfigurerModule(registry, true).configureModule(configurer);
        ProcessorMonitors.register(configurer, meters);
        return configurer.buildConfiguration();
    }
}
