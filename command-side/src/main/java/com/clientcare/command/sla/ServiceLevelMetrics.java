package com.clientcare.command.sla;

import com.clientcare.shared.sla.ClockBreachedEvent;
import com.clientcare.shared.sla.ClockMetEvent;
import com.clientcare.shared.sla.ClockStartedEvent;
import com.clientcare.shared.sla.ServiceLevelRule;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * S7 for operators: clocks started, met and breached by rule, counted as this instance records them (a
 * subscribing processor, so a restart or a second instance never counts history again).
 */
@Component
@ProcessingGroup(ServiceLevelMetrics.GROUP)
public class ServiceLevelMetrics {

    static final String GROUP = "service-level-metrics";
    private static final String CLOCKS = "clientcare.sla.clocks";

    private final MeterRegistry meters;

    public ServiceLevelMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @Autowired
    void subscribe(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(GROUP);
    }

    @EventHandler
    void on(ClockStartedEvent event) {
        count(event.rule(), "started");
    }

    @EventHandler
    void on(ClockMetEvent event) {
        count(event.rule(), "met");
    }

    @EventHandler
    void on(ClockBreachedEvent event) {
        count(event.rule(), "breached");
    }

    private void count(ServiceLevelRule rule, String outcome) {
        meters.counter(CLOCKS, "rule", rule.name(), "outcome", outcome).increment();
    }
}
