package com.clientcare.command.sla;

import com.clientcare.command.policy.ClockDeadline;
import com.clientcare.command.policy.ServicePolicies;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.sla.ClockBreachRetractedEvent;
import com.clientcare.shared.sla.ClockBreachedEvent;
import com.clientcare.shared.sla.ClockMetEvent;
import com.clientcare.shared.sla.ClockStartedEvent;
import com.clientcare.shared.sla.ClockStatus;
import com.clientcare.shared.sla.ClockStoppedLateEvent;
import com.clientcare.shared.sla.RecordBreachCommand;
import com.clientcare.shared.sla.ServiceLevelRule;
import com.clientcare.shared.sla.StartClockCommand;
import com.clientcare.shared.sla.StopClockCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * S7: one service-level clock. It starts on a fact, with a deadline set by the policy version in force at its
 * start (S6); it is met when its stop fact happens by the deadline, and breached, once, at the deadline, when
 * the deadline passes first (whether the breach is noticed then or later).
 */
@Aggregate(cache = "serviceLevelClockCache")
public class ServiceLevelClock {

    @AggregateIdentifier
    private String clockId;
    private ServiceLevelRule rule;
    private String subjectId;
    private String clientId;
    private String complaintId;
    private Tier tier;
    private Instant deadline;
    private ClockStatus status;

    protected ServiceLevelClock() {
        // rehydrated from events by Axon
    }

    /** Starting a clock that has started already records nothing (facts are routed at least once). */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(StartClockCommand command, ServicePolicies policies) {
        if (status != null) {
            return;
        }
        ClockDeadline due = policies.inForceAt(command.startedAt())
                .deadlineFor(command.rule(), command.tier(), command.startedAt());
        apply(new ClockStartedEvent(command.clockId(), command.rule(), command.subjectId(), command.clientId(),
                command.complaintId(), command.tier(), command.startedAt(), due.deadline(), due.atRiskFrom(),
                due.policyVersion()));
    }

    /**
     * A stop by the deadline meets the clock; recorded after the clock's breach, it retracts the breach (which stays
     * in the history, as what was known then). A stop after the deadline breaches the clock, if not yet, and is late.
     */
    @CommandHandler
    public void handle(StopClockCommand command) {
        boolean inTime = !command.stoppedAt().isAfter(deadline);
        if (status == ClockStatus.RUNNING && inTime) {
            apply(new ClockMetEvent(clockId, rule, subjectId, command.stoppedAt()));
            return;
        }
        if (status == ClockStatus.BREACHED && inTime) {
            apply(new ClockBreachRetractedEvent(command.stoppedAt(), clockId, rule, subjectId, complaintId, deadline,
                    command.stoppedBy()));
            return;
        }
        if (status == ClockStatus.RUNNING) {
            breach();
        }
        if (status == ClockStatus.BREACHED) {
            apply(new ClockStoppedLateEvent(clockId, rule, subjectId, command.stoppedAt()));
        }
    }

    /** Asked by the deadline scheduler; before the deadline, or once met or breached, it records nothing. */
    @CommandHandler
    public void handle(RecordBreachCommand command) {
        if (status == ClockStatus.RUNNING && !command.now().isBefore(deadline)) {
            breach();
        }
    }

    private void breach() {
        apply(new ClockBreachedEvent(clockId, rule, subjectId, clientId, complaintId, tier, deadline, deadline));
    }

    @EventSourcingHandler
    void on(ClockStartedEvent event) {
        clockId = event.clockId();
        rule = event.rule();
        subjectId = event.subjectId();
        clientId = event.clientId();
        complaintId = event.complaintId();
        tier = event.tier();
        deadline = event.deadline();
        status = ClockStatus.RUNNING;
    }

    @EventSourcingHandler
    void on(ClockMetEvent event) {
        status = ClockStatus.MET;
    }

    @EventSourcingHandler
    void on(ClockBreachedEvent event) {
        status = ClockStatus.BREACHED;
    }

    @EventSourcingHandler
    void on(ClockBreachRetractedEvent event) {
        status = ClockStatus.MET;
    }
}
