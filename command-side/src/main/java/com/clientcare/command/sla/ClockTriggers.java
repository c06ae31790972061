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
 *   <li>S3: a meeting starts it; a follow-up in reply to that meeting stops it.</li>
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

    static String clockId(ServiceLevelRule rule, String subjectId) {
        return rule.name() + ":" + subjectId;
    }

    static String cycleSubject(String complaintId, int cycle) {
        return complaintId + "#" + cycle;
    }

    @EventHandler
    void on(InteractionRecordedEvent event) {
        if (event.direction() == Direction.INBOUND && event.purpose() == InteractionPurpose.ENQUIRY) {
            if (event.channel() == Channel.EMAIL) {
                start(ServiceLevelRule.S1, event.interactionId(), event);
            } else if (event.channel() == Channel.PHONE) {
                start(ServiceLevelRule.S2, event.interactionId(), event);
            }
        } else if (event.purpose() == InteractionPurpose.MEETING) {
            start(ServiceLevelRule.S3, event.interactionId(), event);
        } else if (event.inReplyTo() != null && event.direction() == Direction.OUTBOUND
                && event.purpose() == InteractionPurpose.RESPONSE) {
            stop(ServiceLevelRule.S1, event.inReplyTo(), event.occurredAt(), "response " + event.interactionId());
            stop(ServiceLevelRule.S2, event.inReplyTo(), event.occurredAt(), "response " + event.interactionId());
        } else if (event.inReplyTo() != null && event.purpose() == InteractionPurpose.FOLLOW_UP) {
            stop(ServiceLevelRule.S3, event.inReplyTo(), event.occurredAt(), "follow-up " + event.interactionId());
        }
    }

    @EventHandler
    void on(ComplaintLoggedEvent event) {
        startForComplaint(ServiceLevelRule.S2, event.complaintId(), event);
        startForComplaint(ServiceLevelRule.S4, cycleSubject(event.complaintId(), 0), event);
        startForComplaint(ServiceLevelRule.S5, cycleSubject(event.complaintId(), 0), event);
    }

    @EventHandler
    void on(ComplaintReopenedEvent event, ComplaintClients clients) {
        clients.of(event.complaintId()).ifPresent(logged -> {
            String subject = cycleSubject(event.complaintId(), event.cycle());
            commands.sendAndWait(new StartClockCommand(clockId(ServiceLevelRule.S4, subject), ServiceLevelRule.S4,
                    subject, logged.clientId(), logged.clientTier(), event.reopenedAt()));
            commands.sendAndWait(new StartClockCommand(clockId(ServiceLevelRule.S5, subject), ServiceLevelRule.S5,
                    subject, logged.clientId(), logged.clientTier(), event.reopenedAt()));
        });
    }

    @EventHandler
    void on(InitialResponseSentEvent event) {
        stop(ServiceLevelRule.S2, event.complaintId(), event.respondedAt(), "initial response");
    }

    @EventHandler
    void on(ComplaintAssessedEvent event) {
        stop(ServiceLevelRule.S4, cycleSubject(event.complaintId(), event.cycle()), event.assessedAt(), "assessment");
    }

    @EventHandler
    void on(FinalResponseIssuedEvent event) {
        stop(ServiceLevelRule.S5, cycleSubject(event.complaintId(), event.cycle()), event.respondedAt(),
                "final response");
    }

    /** K4: a breach of a complaint's clock escalates the complaint one level, recorded as caused by the breach. */
    @EventHandler
    void on(ClockBreachedEvent event, @Timestamp Instant recordedAt) {
        if (event.rule() == ServiceLevelRule.S1 || event.rule() == ServiceLevelRule.S3) {
            return;
        }
        String complaintId = event.subjectId().split("#")[0];
        try {
            commands.sendAndWait(new EscalateComplaintCommand(complaintId, event.rule() + " breached at "
                    + event.breachedAt(), event.clockId(), recordedAt));
        } catch (AggregateNotFoundException e) {
            // an S2 clock of a phone enquiry, not of a complaint: nothing to escalate
        }
    }

    private void start(ServiceLevelRule rule, String subjectId, InteractionRecordedEvent event) {
        commands.sendAndWait(new StartClockCommand(clockId(rule, subjectId), rule, subjectId, event.clientId(),
                event.clientTier(), event.occurredAt()));
    }

    private void startForComplaint(ServiceLevelRule rule, String subjectId, ComplaintLoggedEvent event) {
        commands.sendAndWait(new StartClockCommand(clockId(rule, subjectId), rule, subjectId, event.clientId(),
                event.clientTier(), event.receivedAt()));
    }

    private void stop(ServiceLevelRule rule, String subjectId, Instant at, String stoppedBy) {
        try {
            commands.sendAndWait(new StopClockCommand(clockId(rule, subjectId), at, stoppedBy));
        } catch (AggregateNotFoundException e) {
            // the fact answers something that started no clock (an enquiry by another channel, say)
        }
    }
}
