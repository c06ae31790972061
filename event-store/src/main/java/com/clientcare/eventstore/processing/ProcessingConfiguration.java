package com.clientcare.eventstore.processing;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/**
 * Every event processor of both applications stops and retries on a failed handler instead of logging it and
 * moving on (Axon's default, which drops the event from the read model for good): see {@link ProcessingFailures}.
 * Every handler logs with the correlation id of what it handles: see {@link CorrelationIdLogging}.
 */
@AutoConfiguration
public class ProcessingConfiguration {

    @Bean
    public ProcessingFailures processingFailures(ObjectProvider<MeterRegistry> meters) {
        return new ProcessingFailures(Clock.systemUTC(), meters.getIfAvailable());
    }

    @Bean
    public ConfigurerModule stopAndRetryOnFailure(ProcessingFailures failures) {
        return configurer -> configure(configurer, failures);
    }

    /** Each event processor's latency, capacity and counts without Axon's per-message timers: see {@link ProcessorMonitors}. */
    @Bean
    public ConfigurerModule processorMonitors(ObjectProvider<GlobalMetricRegistry> metrics) {
        return configurer -> metrics.ifAvailable(registry -> ProcessorMonitors.register(configurer,
                registry.getRegistry()));
    }

    /** Every command, event and query handler logs with the correlation id of what it handles. */
    @Bean
    public ConfigurerModule correlationIdLogging() {
        CorrelationIdLogging logging = new CorrelationIdLogging();
        return configurer -> {
            configurer.eventProcessing().registerDefaultHandlerInterceptor((configuration, name) -> logging);
            configurer.onInitialize(configuration -> configuration.onStart(() -> {
                configuration.commandBus().registerHandlerInterceptor(logging);
                configuration.queryBus().registerHandlerInterceptor(logging);
            }));
        };
    }

    /** The same for an Axon configuration built by hand (tests of processors outside Spring). */
    public static void configure(Configurer configurer, ProcessingFailures failures) {
        configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                .registerDefaultErrorHandler(c -> failures);
    }
}
