package com.clientcare.command.sla;

import com.clientcare.shared.client.Direction;
import com.clientcare.shared.client.InteractionPurpose;
import com.clientcare.shared.client.InteractionRecordedEvent;
import com.clientcare.shared.common.Channel;
import com.clientcare.shared.complaint.ComplaintAssessedEvent;
import com.clientcare.shared.complaint.ComplaintLoggedEvent;
import com.clientcare.shared.complaint.ComplaintReopenedEvent;
import com.clientcare.shared.complaint.EscalateComplaintCommand;
import com.clientcare.shared.complaint.FinalResponseIssuedEvent;
import com.clientcare.shared.complaint.InitialResponseSentEvent;
import com.clientcare.shared.sla.ClockBreachedEvent;
import com.clientcare.shared.sla.ClockIds;
import com.clientcare.shared.sla.ServiceLevelRule;
import com.clientcare.shared.sla.StartClockCommand;
import com.clientcare.shared.sla.StopClockCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Routes the facts that start and stop service-level clocks (S1..S5) to the clocks, and a breached complaint
 * clock to its complaint, which escalates itself (K4). It only routes: clocks and complaints decide. Clock ids
 * name the rule and the subject, so routing the same fact twice changes nothing.
 * <ul>
 *   <li>S1: an inbound email enquiry starts it; an outbound response in reply to it stops it.</li>
 *   <li>S2: an inbound phone enquiry (stopped by a response in reply to it), and every complaint (stopped by its
 *   initial response).</li>
 *   <li>S3: a meeting starts it; our follow-up (outbound) in reply to that meeting stops it, the client's does not.</li>
 *   <li>S4, S5: a complaint starts them (again when reopened); its assessment and final response stop them.</li>
 * </ul>
 */
@Component
@ProcessingGroup("service-level-triggers")
public class ClockTriggers {

    private final CommandGateway commands;

    public ClockTriggers(CommandGateway commands) {
        this.commands = commands;
    }

    @EventHandler
    void on(InteractionRecordedEvent event) {
        if (event.direction() == Direction.INBOUND && event.purpose() == InteractionPurpose.ENQUIRY) {
            if (event.channel() == Channel.EMAIL) {
                start(ServiceLevelRule.S1, event);
            } else if (event.channel() == Channel.PHONE) {
                start(ServiceLevelRule.S2, event);
            }
        } else if (event.purpose() == InteractionPurpose.MEETING) {
            start(ServiceLevelRule.S3, event);
        } else if (event.inReplyTo() != null && event.direction() == Direction.OUTBOUND
                && event.purpose() == InteractionPurpose.RESPONSE) {
            stop(ClockIds.ofInteraction(ServiceLevelRule.S1, event.clientId(), event.inReplyTo()), event.occurredAt(),
                    "response " + event.interactionId());
            stop(ClockIds.ofInteraction(ServiceLevelRule.S2, event.clientId(), event.inReplyTo()), event.occurredAt(),
                    "response " + event.interactionId());
        } else if (event.inReplyTo() != null && event.direction() == Direction.OUTBOUND
                && event.purpose() == InteractionPurpose.FOLLOW_UP) {
            stop(ClockIds.ofInteraction(ServiceLevelRule.S3, event.clientId(), event.inReplyTo()), event.occurredAt(),
                    "follow-up " + event.interactionId());
        }
    }

    @EventHandler
    void on(ComplaintLoggedEvent event) {
        startForComplaint(ServiceLevelRule.S2, 0, event, event.receivedAt());
        startForComplaint(ServiceLevelRule.S4, 0, event, event.receivedAt());
        startForComplaint(ServiceLevelRule.S5, 0, event, event.receivedAt());
    }

    @EventHandler
    void on(ComplaintReopenedEvent event, ComplaintLoggedEvents clients) {
        clients.of(event.complaintId()).ifPresent(logged -> {
            startForComplaint(ServiceLevelRule.S4, event.cycle(), logged, event.reopenedAt());
            startForComplaint(ServiceLevelRule.S5, event.cycle(), logged, event.reopenedAt());
        });
    }

    @EventHandler
    void on(InitialResponseSentEvent event) {
        stop(ClockIds.ofComplaint(ServiceLevelRule.S2, event.complaintId(), 0), event.respondedAt(), "initial response");
    }

    @EventHandler
    void on(ComplaintAssessedEvent event) {
        stop(ClockIds.ofComplaint(ServiceLevelRule.S4, event.complaintId(), event.cycle()), event.assessedAt(),
                "assessment");
    }

    /** A final response is also a response: it stops S2 if no initial response came first. */
    @EventHandler
    void on(FinalResponseIssuedEvent event) {
        stop(ClockIds.ofComplaint(ServiceLevelRule.S2, event.complaintId(), 0), event.respondedAt(), "final response");
        stop(ClockIds.ofComplaint(ServiceLevelRule.S5, event.complaintId(), event.cycle()), event.respondedAt(),
                "final response");
    }

    /** K4: a breach of a complaint's clock escalates the complaint one level, recorded as caused by the breach. */
    @EventHandler
    void on(ClockBreachedEvent event, @Timestamp Instant recordedAt) {
        if (event.complaintId() != null) {
            commands.sendAndWait(new EscalateComplaintCommand(event.complaintId(), event.rule() + " breached at "
                    + event.breachedAt(), event.clockId(), recordedAt));
        }
    }

    private void start(ServiceLevelRule rule, InteractionRecordedEvent event) {
        commands.sendAndWait(new StartClockCommand(ClockIds.ofInteraction(rule, event.clientId(), event.interactionId()),
                rule, event.interactionId(), event.clientId(), null, event.clientTier(), event.occurredAt()));
    }

    private void startForComplaint(ServiceLevelRule rule, int cycle, ComplaintLoggedEvent logged, Instant at) {
        commands.sendAndWait(new StartClockCommand(ClockIds.ofComplaint(rule, logged.complaintId(), cycle), rule,
                logged.complaintId(), logged.clientId(), logged.complaintId(), logged.clientTier(), at));
    }

    private void stop(String clockId, Instant at, String stoppedBy) {
        try {
            commands.sendAndWait(new StopClockCommand(clockId, at, stoppedBy));
        } catch (AggregateNotFoundException e) {
            // the fact answers something that started no clock (an enquiry by another channel, say)
        }
    }
}
