package com.clientcare.query.complaint;

import com.clientcare.query.client.ClientSummary;
import com.clientcare.query.infra.ReadModelFold;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.common.Channel;
import com.clientcare.shared.complaint.ComplaintAcknowledgedEvent;
import com.clientcare.shared.complaint.ComplaintAssessedEvent;
import com.clientcare.shared.complaint.ComplaintCategory;
import com.clientcare.shared.complaint.ComplaintEscalatedEvent;
import com.clientcare.shared.complaint.ComplaintEvent;
import com.clientcare.shared.complaint.ComplaintLoggedEvent;
import com.clientcare.shared.complaint.ComplaintOutcome;
import com.clientcare.shared.complaint.ComplaintReferredEvent;
import com.clientcare.shared.complaint.ComplaintReopenedEvent;
import com.clientcare.shared.complaint.ComplaintStatus;
import com.clientcare.shared.complaint.CorrectiveActionCompletedEvent;
import com.clientcare.shared.complaint.CorrectiveActionRecordedEvent;
import com.clientcare.shared.complaint.EscalationLevel;
import com.clientcare.shared.complaint.FinalResponseAcceptedEvent;
import com.clientcare.shared.complaint.FinalResponseIssuedEvent;
import com.clientcare.shared.complaint.FinalResponseRejectedEvent;
import com.clientcare.shared.complaint.InitialResponseSentEvent;
import com.clientcare.shared.complaint.InsurerNotifiedEvent;
import com.clientcare.shared.complaint.RedressBody;
import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One complaint of the complaints log (K1..K8) with its corrective actions, escalations and responses: a fold
 * over its events, the same for the live log and for the complaint as of any past instant.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class ComplaintView {

    public record CorrectiveAction(String id, String problem, String action, LocalDate rectifyBy, String prevention,
                                   Instant recordedAt, Instant completedAt) {
    }

    /** {@code causedByRetractedBreach}: an automatic escalation whose breach was retracted later (S7); it stays. */
    public record Escalation(EscalationLevel from, EscalationLevel to, String reason, String causedByClock,
                             Instant escalatedAt, boolean causedByRetractedBreach) {

        Escalation retracted() {
            return new Escalation(from, to, reason, causedByClock, escalatedAt, true);
        }
    }

    /**
     * One cycle of the complaint (K8): from its receipt or reopening to its close, with its assessment (S4), final
     * response (K5, S5) and the client's answer (K6); {@code status} is where the cycle ended.
     */
    public record Cycle(int cycle, Instant startedAt, String reopenReason, ComplaintStatus status, Instant assessedAt,
                        String assessment, ComplaintOutcome outcome, String remedy, Instant finalResponseAt,
                        Instant acceptedAt, Instant rejectedAt, String rejectionReason, RedressBody referredTo,
                        Instant referredAt) {

        /**
         * When the cycle closed (K6, K8): the client accepted or rejected its final response; a referral to
         * independent redress follows a rejection, so it closes nothing again. Null while the cycle is open.
         */
        public Instant closedAt() {
            return acceptedAt != null ? acceptedAt : rejectedAt;
        }
    }

    private String id;
    private String clientId;
    private Tier clientTier;
    private Channel channel;
    private ComplaintCategory category;
    private String description;
    private Instant receivedAt;
    private boolean potentialClaim;
    private boolean awaitingInsurerNotification;
    private String insurer;
    private Instant insurerNotifiedAt;
    private ComplaintStatus status;
    private EscalationLevel escalationLevel;
    private int cycle;
    /** The current cycle: its start is the receipt, or the reopening and its reason. */
    private Instant cycleStartedAt;
    private String reopenReason;
    private Instant acknowledgedAt;
    private Instant assessedAt;
    private String assessment;
    private Instant initialResponseAt;
    private ComplaintOutcome outcome;
    private String remedy;
    private Instant finalResponseAt;
    private Instant acceptedAt;
    private Instant rejectedAt;
    private String rejectionReason;
    private RedressBody referredTo;
    private Instant referredAt;
    private List<CorrectiveAction> correctiveActions = new ArrayList<>();
    private List<Escalation> escalations = new ArrayList<>();
    /** The earlier cycles, each whole, oldest first; the fields above hold the current one. */
    private List<Cycle> cycles = new ArrayList<>();

    ComplaintView() {
        // read back from its document
    }

    /** The complaint after these events of its history, in order; empty without its logging. */
    public static Optional<ComplaintView> fold(List<? extends ComplaintEvent> history) {
        return ReadModelFold.of(history, event -> event instanceof ComplaintLoggedEvent logged ? logged(logged) : null,
                ComplaintView::apply);
    }

    static ComplaintView logged(ComplaintLoggedEvent event) {
        ComplaintView view = new ComplaintView();
        view.id = event.complaintId();
        view.clientId = event.clientId();
        view.clientTier = event.clientTier();
        view.channel = event.channel();
        view.category = event.category();
        view.description = event.description();
        view.receivedAt = event.receivedAt();
        view.potentialClaim = event.potentialClaim();
        view.awaitingInsurerNotification = event.potentialClaim();
        view.status = ComplaintStatus.OPEN;
        view.escalationLevel = event.level();
        view.cycleStartedAt = event.receivedAt();
        return view;
    }

    ComplaintView apply(ComplaintEvent event) {
        if (event instanceof ComplaintAcknowledgedEvent acknowledged) {
            acknowledgedAt = acknowledged.sentAt();
        } else if (event instanceof ComplaintAssessedEvent assessed && assessed.cycle() == cycle) {
            assessedAt = assessed.assessedAt();
            assessment = assessed.summary();
        } else if (event instanceof InitialResponseSentEvent sent) {
            initialResponseAt = sent.respondedAt();
        } else if (event instanceof CorrectiveActionRecordedEvent recorded) {
            correctiveActions.removeIf(action -> action.id().equals(recorded.correctiveActionId()));
            correctiveActions.add(new CorrectiveAction(recorded.correctiveActionId(), recorded.problem(),
                    recorded.action(), recorded.rectifyBy(), recorded.prevention(), recorded.recordedAt(), null));
        } else if (event instanceof CorrectiveActionCompletedEvent done) {
            correctiveActions.replaceAll(action -> action.id().equals(done.correctiveActionId())
                    ? new CorrectiveAction(action.id(), action.problem(), action.action(), action.rectifyBy(),
                    action.prevention(), action.recordedAt(), done.completedAt()) : action);
        } else if (event instanceof ComplaintEscalatedEvent escalated) {
            escalationLevel = escalated.to();
            Escalation escalation = new Escalation(escalated.from(), escalated.to(), escalated.reason(),
                    escalated.causedByClock(), escalated.escalatedAt(), false);
            if (!escalations.contains(escalation) && !escalations.contains(escalation.retracted())) {
                escalations.add(escalation);
            }
        } else if (event instanceof FinalResponseIssuedEvent issued && issued.cycle() == cycle) {
            status = ComplaintStatus.FINAL_RESPONSE_ISSUED;
            outcome = issued.outcome();
            remedy = issued.remedy();
            finalResponseAt = issued.respondedAt();
        } else if (event instanceof FinalResponseAcceptedEvent accepted) {
            status = ComplaintStatus.RESOLVED;
            acceptedAt = accepted.acceptedAt();
        } else if (event instanceof FinalResponseRejectedEvent rejected) {
            status = ComplaintStatus.REJECTED;
            rejectedAt = rejected.rejectedAt();
            rejectionReason = rejected.reason();
        } else if (event instanceof ComplaintReferredEvent referred) {
            status = ComplaintStatus.REFERRED;
            escalationLevel = EscalationLevel.INDEPENDENT_REDRESS;
            referredTo = referred.body();
            referredAt = referred.referredAt();
        } else if (event instanceof InsurerNotifiedEvent notified) {
            insurer = notified.insurer();
            insurerNotifiedAt = notified.notifiedAt();
            awaitingInsurerNotification = false;
        } else if (event instanceof ComplaintReopenedEvent reopened && reopened.cycle() > cycle) {
            cycles.add(currentCycle());
            status = ComplaintStatus.OPEN;
            cycle = reopened.cycle();
            cycleStartedAt = reopened.reopenedAt();
            reopenReason = reopened.reason();
            assessedAt = null;
            assessment = null;
            outcome = null;
            remedy = null;
            finalResponseAt = null;
            acceptedAt = null;
            rejectedAt = null;
            rejectionReason = null;
            referredTo = null;
            referredAt = null;
        }
        return this;
    }

    /** S7, K4: the breach of this clock was retracted; the escalation it caused stays, marked. */
    public void retractBreach(String clockId) {
        escalations.replaceAll(escalation -> clockId.equals(escalation.causedByClock()) ? escalation.retracted()
                : escalation);
    }

    private Cycle currentCycle() {
        return new Cycle(cycle, cycleStartedAt, reopenReason, status, assessedAt, assessment, outcome, remedy,
                finalResponseAt, acceptedAt, rejectedAt, rejectionReason, referredTo, referredAt);
    }

    /** Every cycle, the earlier ones and the current one, oldest first. */
    public List<Cycle> allCycles() {
        List<Cycle> all = new ArrayList<>(cycles);
        all.add(currentCycle());
        return all;
    }

    void erase() {
        description = ClientSummary.ERASED;
    }

    public String id() {
        return id;
    }

    public String clientId() {
        return clientId;
    }

    public int cycle() {
        return cycle;
    }

    public ComplaintStatus status() {
        return status;
    }

    public ComplaintCategory category() {
        return category;
    }

    public EscalationLevel escalationLevel() {
        return escalationLevel;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public boolean awaitingInsurerNotification() {
        return awaitingInsurerNotification;
    }

    public ComplaintOutcome outcome() {
        return outcome;
    }

    public Instant finalResponseAt() {
        return finalResponseAt;
    }

    ComplaintLogRow row() {
        return new ComplaintLogRow(id, clientId, clientTier, receivedAt, channel, category, status, escalationLevel,
                potentialClaim, awaitingInsurerNotification, acknowledgedAt, assessedAt, finalResponseAt, outcome);
    }

    public String description() {
        return description;
    }

    public List<Escalation> escalations() {
        return List.copyOf(escalations);
    }
}
