package com.clientcare.command.complaint;

import com.clientcare.command.rules.BusinessRuleViolation;
import com.clientcare.command.rules.ConflictingRetry;
import com.clientcare.command.rules.SameFact;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.complaint.AcceptFinalResponseCommand;
import com.clientcare.shared.complaint.AcknowledgeComplaintCommand;
import com.clientcare.shared.complaint.AssessComplaintCommand;
import com.clientcare.shared.complaint.CompleteCorrectiveActionCommand;
import com.clientcare.shared.complaint.ComplaintAcknowledgedEvent;
import com.clientcare.shared.complaint.ComplaintAssessedEvent;
import com.clientcare.shared.complaint.ComplaintEscalatedEvent;
import com.clientcare.shared.complaint.ComplaintLoggedEvent;
import com.clientcare.shared.complaint.ComplaintReferredEvent;
import com.clientcare.shared.complaint.ComplaintReopenedEvent;
import com.clientcare.shared.complaint.ComplaintStatus;
import com.clientcare.shared.complaint.CorrectiveActionCompletedEvent;
import com.clientcare.shared.complaint.CorrectiveActionRecordedEvent;
import com.clientcare.shared.complaint.EscalateComplaintCommand;
import com.clientcare.shared.complaint.EscalationLevel;
import com.clientcare.shared.complaint.FinalResponseAcceptedEvent;
import com.clientcare.shared.complaint.FinalResponseIssuedEvent;
import com.clientcare.shared.complaint.FinalResponseRejectedEvent;
import com.clientcare.shared.complaint.InitialResponseSentEvent;
import com.clientcare.shared.complaint.InsurerNotifiedEvent;
import com.clientcare.shared.complaint.IssueFinalResponseCommand;
import com.clientcare.shared.complaint.LogComplaintCommand;
import com.clientcare.shared.complaint.NotifyInsurerCommand;
import com.clientcare.shared.complaint.RecordCorrectiveActionCommand;
import com.clientcare.shared.complaint.ReferComplaintCommand;
import com.clientcare.shared.complaint.RejectFinalResponseCommand;
import com.clientcare.shared.complaint.ReopenComplaintCommand;
import com.clientcare.shared.complaint.SendInitialResponseCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A complaint (K1..K8), from logging to resolution or independent redress; every transition checked here. */
@Aggregate(cache = "complaintCache")
public class Complaint {

    static final String PROCEDURE = "Complaints Handling Procedure";

    @AggregateIdentifier
    private String complaintId;
    private ComplaintLoggedEvent logged;
    private ComplaintStatus status;
    private EscalationLevel level;
    private int cycle;
    /** When the current cycle began: the receipt, or the latest reopening (K8); its clocks start then. */
    private Instant cycleStartedAt;
    private boolean acknowledged;
    private boolean assessed;
    private boolean initialResponseSent;
    private boolean finalResponseIssued;
    private boolean insurerNotified;
    private final Map<String, CorrectiveActionRecordedEvent> correctiveActions = new HashMap<>();
    private final Map<String, Boolean> completed = new HashMap<>();
    /** The breached clocks that have escalated this complaint: a breach escalates once. */
    private final Set<String> escalatedFor = new HashSet<>();

    protected Complaint() {
        // rehydrated from events by Axon
    }

    /** K1: against a known client; the same id and content again records nothing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(LogComplaintCommand command, ClientDirectory clients) {
        if (logged == null && AggregateLifecycle.getVersion() != null) {
            throw new ConflictingRetry("the id " + command.complaintId() + " already names something else");
        }
        ClientDirectory.Standing client = clients.standingOf(command.clientId()).orElseThrow(() ->
                new BusinessRuleViolation("K1", "a complaint is logged against a registered client; there is no"
                        + " client " + command.clientId()));
        if (client.erased()) {
            throw new BusinessRuleViolation("C8", "the personal data of client " + command.clientId()
                    + " was erased; its file takes no new facts");
        }
        if (command.receivedAt().isBefore(client.registeredAt())) {
            throw new BusinessRuleViolation("K1", "receivedAt", "client " + command.clientId() + " was registered at "
                    + client.registeredAt() + "; a complaint of it cannot be received before that");
        }
        Tier tier = client.tier();
        ComplaintLoggedEvent event = new ComplaintLoggedEvent(command.complaintId(), command.clientId(),
                command.channel(), command.category(), command.description(), command.receivedAt(),
                command.potentialClaim(), EscalationLevel.ACCOUNT_MANAGER, tier);
        if (logged != null) {
            if (!SameFact.as(logged, event)) {
                throw new ConflictingRetry("complaint " + complaintId + " is already logged with other details");
            }
            return;
        }
        apply(event);
    }

    /** K2: once, as soon as possible. */
    @CommandHandler
    public void handle(AcknowledgeComplaintCommand command) {
        requireLogged(command.complaintId());
        if (acknowledged) {
            throw new BusinessRuleViolation("K2", "complaint " + complaintId + " is already acknowledged");
        }
        requireNotBeforeReceipt(command.sentAt(), "K2", "sentAt");
        apply(new ComplaintAcknowledgedEvent(complaintId, command.sentAt(), PROCEDURE, true));
    }

    /** S4: the initial assessment, once per cycle (a reopening asks for another). */
    @CommandHandler
    public void handle(AssessComplaintCommand command) {
        requireLogged(command.complaintId());
        requireOpen("S4");
        requireNotBeforeCycleStart(command.assessedAt(), "S4", "assessedAt", "an assessment");
        if (assessed) {
            throw new BusinessRuleViolation("S4", "complaint " + complaintId + " is already assessed");
        }
        apply(new ComplaintAssessedEvent(complaintId, command.assessedAt(), command.summary(), cycle));
    }

    /** S2: the initial response, once, and never after the final response (K5), which already answered. */
    @CommandHandler
    public void handle(SendInitialResponseCommand command) {
        requireLogged(command.complaintId());
        requireNotBeforeCycleStart(command.respondedAt(), "S2", "respondedAt", "an initial response");
        if (initialResponseSent) {
            throw new BusinessRuleViolation("S2", "complaint " + complaintId + " already has its initial response");
        }
        if (finalResponseIssued) {
            throw new BusinessRuleViolation("S2", "complaint " + complaintId + " already has its final response"
                    + " (K5), which stopped S2; an initial response cannot follow it");
        }
        apply(new InitialResponseSentEvent(complaintId, command.respondedAt()));
    }

    /** K3: a corrective action record while the complaint is being dealt with. */
    @CommandHandler
    public void handle(RecordCorrectiveActionCommand command) {
        CorrectiveActionRecordedEvent recorded = new CorrectiveActionRecordedEvent(complaintId,
                command.correctiveActionId(), command.problem(), command.action(), command.rectifyBy(),
                command.prevention(), command.recordedAt());
        requireLogged(command.complaintId());
        CorrectiveActionRecordedEvent earlier = correctiveActions.get(command.correctiveActionId());
        if (earlier != null) {
            if (!SameFact.as(earlier, recorded)) {
                throw new ConflictingRetry("corrective action " + command.correctiveActionId()
                        + " is already recorded with other details");
            }
            return;
        }
        requireOpen("K3");
        apply(recorded);
    }

    /** K3: completing an action recorded for this complaint, once. */
    @CommandHandler
    public void handle(CompleteCorrectiveActionCommand command) {
        requireLogged(command.complaintId());
        if (!correctiveActions.containsKey(command.correctiveActionId())) {
            throw new BusinessRuleViolation("K3", "complaint " + complaintId + " has no corrective action "
                    + command.correctiveActionId());
        }
        if (completed.containsKey(command.correctiveActionId())) {
            throw new BusinessRuleViolation("K3", "corrective action " + command.correctiveActionId()
                    + " is already completed");
        }
        requireNotBeforeReceipt(command.completedAt(), "K3", "completedAt");
        apply(new CorrectiveActionCompletedEvent(complaintId, command.correctiveActionId(), command.completedAt()));
    }

    /**
     * K4: one level up. Asked by staff, past independent redress it is refused; asked by a breached clock, a
     * complaint that is closed or at the top stays as it is.
     */
    @CommandHandler
    public void handle(EscalateComplaintCommand command) {
        requireLogged(command.complaintId());
        boolean automatic = command.causedByClock() != null;
        if (automatic && (status != ComplaintStatus.OPEN || level.next().isEmpty()
                || escalatedFor.contains(command.causedByClock()))) {
            return;
        }
        requireOpen("K4");
        EscalationLevel to = level.next().orElseThrow(() -> new BusinessRuleViolation("K4",
                "complaint " + complaintId + " is already with independent redress, the last level"));
        apply(new ComplaintEscalatedEvent(complaintId, level, to, command.reason(), command.causedByClock(),
                command.escalatedAt()));
    }

    /** K5, S5: one final response per cycle, while the complaint is open. */
    @CommandHandler
    public void handle(IssueFinalResponseCommand command) {
        requireLogged(command.complaintId());
        requireOpen("K5");
        requireNotBeforeCycleStart(command.respondedAt(), "K5", "respondedAt", "a final response");
        if (!assessed) {
            throw new BusinessRuleViolation("K5", "complaint " + complaintId + " is answered in full after its"
                    + " initial assessment (S4); assess it first");
        }
        apply(new FinalResponseIssuedEvent(complaintId, command.outcome(), command.remedy(), command.respondedAt(),
                cycle));
    }

    /** K6: accepting the final response resolves the complaint. */
    @CommandHandler
    public void handle(AcceptFinalResponseCommand command) {
        requireLogged(command.complaintId());
        requireStatus(ComplaintStatus.FINAL_RESPONSE_ISSUED, "K6", "accepted");
        apply(new FinalResponseAcceptedEvent(complaintId, command.acceptedAt()));
    }

    /** K6: the client may reject the final response. */
    @CommandHandler
    public void handle(RejectFinalResponseCommand command) {
        requireLogged(command.complaintId());
        requireStatus(ComplaintStatus.FINAL_RESPONSE_ISSUED, "K6", "rejected");
        apply(new FinalResponseRejectedEvent(complaintId, command.reason(), command.rejectedAt()));
    }

    /** K6: only a rejected internal response goes to independent redress, the second stage. */
    @CommandHandler
    public void handle(ReferComplaintCommand command) {
        requireLogged(command.complaintId());
        requireStatus(ComplaintStatus.REJECTED, "K6", "referred to independent redress");
        apply(new ComplaintReferredEvent(complaintId, command.body(), command.referredAt()));
    }

    /** K7: the insurer is notified once. */
    @CommandHandler
    public void handle(NotifyInsurerCommand command) {
        requireLogged(command.complaintId());
        if (insurerNotified) {
            throw new BusinessRuleViolation("K7", "the insurer was already notified of complaint " + complaintId);
        }
        requireNotBeforeReceipt(command.notifiedAt(), "K7", "notifiedAt");
        apply(new InsurerNotifiedEvent(complaintId, command.insurer(), command.notifiedAt()));
    }

    /** K8: a closed complaint (resolved, rejected or referred) can be reopened; S4 and S5 start again. */
    @CommandHandler
    public void handle(ReopenComplaintCommand command) {
        requireLogged(command.complaintId());
        if (status == ComplaintStatus.OPEN || status == ComplaintStatus.FINAL_RESPONSE_ISSUED) {
            throw new BusinessRuleViolation("K8", "complaint " + complaintId + " is not closed: it is " + status);
        }
        apply(new ComplaintReopenedEvent(complaintId, command.reason(), command.reopenedAt(), cycle + 1));
    }

    /** A stream of another kind under this id is no complaint: 404, as for an unknown id. */
    private void requireLogged(String id) {
        if (logged == null) {
            throw new AggregateNotFoundException(id, "no complaint is logged under " + id);
        }
    }

    /** No fact of a complaint precedes its receipt (which never precedes the client's registration, C1). */
    private void requireNotBeforeReceipt(Instant at, String rule, String field) {
        if (at.isBefore(logged.receivedAt())) {
            throw new BusinessRuleViolation(rule, field, field + " cannot come before the complaint was received ("
                    + logged.receivedAt() + ")");
        }
    }

    /** A stop fact never precedes what starts its clock: the receipt, or in a reopened cycle the reopening. */
    private void requireNotBeforeCycleStart(Instant at, String rule, String field, String what) {
        if (at.isBefore(cycleStartedAt)) {
            throw new BusinessRuleViolation(rule, field, what + " cannot come before the complaint was "
                    + (cycle == 0 ? "received" : "reopened") + " (" + cycleStartedAt + ")");
        }
    }

    private void requireOpen(String rule) {
        if (status != ComplaintStatus.OPEN) {
            throw new BusinessRuleViolation(rule, "complaint " + complaintId + " is " + status + ", not open");
        }
    }

    private void requireStatus(ComplaintStatus required, String rule, String what) {
        if (status != required) {
            throw new BusinessRuleViolation(rule, "complaint " + complaintId + " can be " + what + " only when its"
                    + " status is " + required + "; it is " + status);
        }
    }

    @EventSourcingHandler
    void on(ComplaintLoggedEvent event) {
        complaintId = event.complaintId();
        logged = event;
        status = ComplaintStatus.OPEN;
        level = event.level();
        cycleStartedAt = event.receivedAt();
    }

    @EventSourcingHandler
    void on(ComplaintAcknowledgedEvent event) {
        acknowledged = true;
    }

    @EventSourcingHandler
    void on(ComplaintAssessedEvent event) {
        assessed = true;
    }

    @EventSourcingHandler
    void on(InitialResponseSentEvent event) {
        initialResponseSent = true;
    }

    @EventSourcingHandler
    void on(CorrectiveActionRecordedEvent event) {
        correctiveActions.put(event.correctiveActionId(), event);
    }

    @EventSourcingHandler
    void on(CorrectiveActionCompletedEvent event) {
        completed.put(event.correctiveActionId(), true);
    }

    @EventSourcingHandler
    void on(ComplaintEscalatedEvent event) {
        level = event.to();
        if (event.causedByClock() != null) {
            escalatedFor.add(event.causedByClock());
        }
    }

    @EventSourcingHandler
    void on(FinalResponseIssuedEvent event) {
        status = ComplaintStatus.FINAL_RESPONSE_ISSUED;
        finalResponseIssued = true;
    }

    @EventSourcingHandler
    void on(FinalResponseAcceptedEvent event) {
        status = ComplaintStatus.RESOLVED;
    }

    @EventSourcingHandler
    void on(FinalResponseRejectedEvent event) {
        status = ComplaintStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(ComplaintReferredEvent event) {
        status = ComplaintStatus.REFERRED;
        level = EscalationLevel.INDEPENDENT_REDRESS;
    }

    @EventSourcingHandler
    void on(InsurerNotifiedEvent event) {
        insurerNotified = true;
    }

    @EventSourcingHandler
    void on(ComplaintReopenedEvent event) {
        status = ComplaintStatus.OPEN;
        cycle = event.cycle();
        cycleStartedAt = event.reopenedAt();
        assessed = false;
    }
}
