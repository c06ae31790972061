package com.clientcare.command.complaint;

import com.clientcare.command.rules.ConflictingRetry;
import com.clientcare.shared.complaint.AcceptFinalResponseCommand;
import com.clientcare.shared.complaint.AssessComplaintCommand;
import com.clientcare.shared.complaint.CompleteCorrectiveActionCommand;
import com.clientcare.shared.complaint.ComplaintAssessedEvent;
import com.clientcare.shared.complaint.ComplaintEscalatedEvent;
import com.clientcare.shared.complaint.ComplaintOutcome;
import com.clientcare.shared.complaint.ComplaintReferredEvent;
import com.clientcare.shared.complaint.ComplaintReopenedEvent;
import com.clientcare.shared.complaint.CorrectiveActionCompletedEvent;
import com.clientcare.shared.complaint.EscalateComplaintCommand;
import com.clientcare.shared.complaint.EscalationLevel;
import com.clientcare.shared.complaint.FinalResponseAcceptedEvent;
import com.clientcare.shared.complaint.FinalResponseIssuedEvent;
import com.clientcare.shared.complaint.InitialResponseSentEvent;
import com.clientcare.shared.complaint.NotifyInsurerCommand;
import com.clientcare.shared.complaint.RedressBody;
import com.clientcare.shared.complaint.RejectFinalResponseCommand;
import com.clientcare.shared.complaint.ReopenComplaintCommand;
import com.clientcare.shared.complaint.SendInitialResponseCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import static com.clientcare.command.complaint.ComplaintHistory.AFTER_REOPENING;
import static com.clientcare.command.complaint.ComplaintHistory.ID;
import static com.clientcare.command.complaint.ComplaintHistory.LATER;
import static com.clientcare.command.complaint.ComplaintHistory.RECEIVED;
import static com.clientcare.command.complaint.ComplaintHistory.REOPENED;
import static com.clientcare.command.complaint.ComplaintHistory.S5_CLOCK;
import static com.clientcare.command.complaint.ComplaintHistory.assessed;
import static com.clientcare.command.complaint.ComplaintHistory.atTheLastLevel;
import static com.clientcare.command.complaint.ComplaintHistory.awaitingTheClientsAnswer;
import static com.clientcare.command.complaint.ComplaintHistory.correctiveActionRecorded;
import static com.clientcare.command.complaint.ComplaintHistory.finalResponse;
import static com.clientcare.command.complaint.ComplaintHistory.log;
import static com.clientcare.command.complaint.ComplaintHistory.logged;
import static com.clientcare.command.complaint.ComplaintHistory.recordCorrectiveAction;
import static com.clientcare.command.complaint.ComplaintHistory.refusedBy;
import static com.clientcare.command.complaint.ComplaintHistory.rejected;
import static com.clientcare.command.complaint.ComplaintHistory.reopenedAt;
import static com.clientcare.command.complaint.ComplaintHistory.resolved;
import static com.clientcare.command.complaint.ComplaintHistory.then;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.is;

/**
 * The guards of every complaint command handler (#15): what a closed complaint refuses (K3, K4, K5, S4), what is
 * done once (S2, S4, K3), retries under a known id, and each time limit from both sides. Each scenario here is
 * one that a mutation of {@link Complaint} went through unnoticed by the other tests.
 */
class ComplaintGuardsTest {

    private final AggregateTestFixture<Complaint> fixture = ComplaintHistory.fixture();

    @Test
    void k1_logging_the_same_complaint_again_records_nothing() {
        fixture.given(logged())
                .when(log("c-1", "slow"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void k1_logging_another_complaint_under_a_taken_id_is_a_conflict() {
        fixture.given(logged())
                .when(log("c-1", "rude on the phone"))
                .expectException(ConflictingRetry.class)
                .expectNoEvents();
    }

    @Test
    void s4_a_resolved_complaint_is_not_assessed() {
        fixture.given(resolved())
                .when(new AssessComplaintCommand(ID, LATER, "again"))
                .expectException(refusedBy("S4", "not open"))
                .expectNoEvents();
    }

    @Test
    void s4_an_assessment_before_receipt_is_refused() {
        fixture.given(logged())
                .when(new AssessComplaintCommand(ID, RECEIVED.minusSeconds(1), "early"))
                .expectException(refusedBy("S4", "received"))
                .expectNoEvents();
    }

    @Test
    void s4_an_assessment_at_the_moment_of_receipt_is_recorded() {
        fixture.given(logged())
                .when(new AssessComplaintCommand(ID, RECEIVED, "at once"))
                .expectEvents(new ComplaintAssessedEvent(ID, RECEIVED, "at once", 0));
    }

    @Test
    void s4_a_complaint_is_assessed_once_per_cycle() {
        fixture.given(logged(), assessed())
                .when(new AssessComplaintCommand(ID, LATER, "again"))
                .expectException(hasProperty("rule", is("S4")))
                .expectNoEvents();
    }

    @Test
    void s2_the_initial_response_is_recorded() {
        fixture.given(logged())
                .when(new SendInitialResponseCommand(ID, LATER))
                .expectEvents(new InitialResponseSentEvent(ID, LATER));
    }

    @Test
    void s2_an_initial_response_at_the_moment_of_receipt_is_recorded() {
        fixture.given(logged())
                .when(new SendInitialResponseCommand(ID, RECEIVED))
                .expectEvents(new InitialResponseSentEvent(ID, RECEIVED));
    }

    @Test
    void s2_an_initial_response_before_receipt_is_refused() {
        fixture.given(logged())
                .when(new SendInitialResponseCommand(ID, RECEIVED.minusSeconds(1)))
                .expectException(hasProperty("rule", is("S2")))
                .expectNoEvents();
    }

    @Test
    void s2_the_initial_response_is_sent_once() {
        fixture.given(logged(), new InitialResponseSentEvent(ID, LATER))
                .when(new SendInitialResponseCommand(ID, LATER))
                .expectException(hasProperty("rule", is("S2")))
                .expectNoEvents();
    }

    @Test
    void k3_retrying_a_corrective_action_records_nothing() {
        fixture.given(logged(), correctiveActionRecorded())
                .when(recordCorrectiveAction("file now"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void k3_another_corrective_action_under_a_taken_id_is_a_conflict() {
        fixture.given(logged(), correctiveActionRecorded())
                .when(recordCorrectiveAction("apologise"))
                .expectException(ConflictingRetry.class)
                .expectNoEvents();
    }

    @Test
    void k3_a_closed_complaint_takes_no_corrective_action() {
        fixture.given(resolved())
                .when(recordCorrectiveAction("file now"))
                .expectException(hasProperty("rule", is("K3")))
                .expectNoEvents();
    }

    @Test
    void k3_a_corrective_action_is_completed_once() {
        fixture.given(logged(), correctiveActionRecorded(), new CorrectiveActionCompletedEvent(ID, "car-1", LATER))
                .when(new CompleteCorrectiveActionCommand(ID, "car-1", LATER))
                .expectException(hasProperty("rule", is("K3")))
                .expectNoEvents();
    }

    @Test
    void k4_staff_do_not_escalate_a_closed_complaint() {
        fixture.given(resolved())
                .when(new EscalateComplaintCommand(ID, "unhappy", null, LATER))
                .expectException(hasProperty("rule", is("K4")))
                .expectNoEvents();
    }

    @Test
    void k4_staff_do_not_escalate_a_complaint_awaiting_the_clients_answer() {
        fixture.given(awaitingTheClientsAnswer())
                .when(new EscalateComplaintCommand(ID, "unhappy", null, LATER))
                .expectException(hasProperty("rule", is("K4")))
                .expectNoEvents();
    }

    @Test
    void k4_a_breach_leaves_a_closed_complaint_as_it_is() {
        fixture.given(resolved())
                .when(new EscalateComplaintCommand(ID, "S5 breached", S5_CLOCK, LATER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void k4_a_breach_leaves_a_complaint_at_the_last_level_as_it_is() {
        fixture.given(atTheLastLevel())
                .when(new EscalateComplaintCommand(ID, "S5 breached", S5_CLOCK, LATER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void k4_a_breach_of_another_clock_escalates_again() {
        fixture.given(logged(), new ComplaintEscalatedEvent(ID, EscalationLevel.ACCOUNT_MANAGER,
                        EscalationLevel.CONFLICT_RESOLUTION, "S2 breached", "S2:complaint:k-1:0", LATER))
                .when(new EscalateComplaintCommand(ID, "S5 breached", S5_CLOCK, LATER))
                .expectEvents(new ComplaintEscalatedEvent(ID, EscalationLevel.CONFLICT_RESOLUTION,
                        EscalationLevel.REGIONAL_MD, "S5 breached", S5_CLOCK, LATER));
    }

    @Test
    void k4_a_referred_complaint_reopened_is_already_with_independent_redress() {
        fixture.given(then(rejected(), new ComplaintReferredEvent(ID, RedressBody.ADR, LATER),
                        new ComplaintReopenedEvent(ID, "new evidence", REOPENED, 1)))
                .when(new EscalateComplaintCommand(ID, "unhappy", null, AFTER_REOPENING))
                .expectException(hasProperty("rule", is("K4")))
                .expectNoEvents();
    }

    @Test
    void k5_a_closed_complaint_takes_no_final_response() {
        fixture.given(resolved())
                .when(finalResponse(LATER))
                .expectException(hasProperty("rule", is("K5")))
                .expectNoEvents();
    }

    @Test
    void k5_a_final_response_at_the_moment_of_receipt_is_issued() {
        fixture.given(logged(), new ComplaintAssessedEvent(ID, RECEIVED, "at once", 0))
                .when(finalResponse(RECEIVED))
                .expectEvents(new FinalResponseIssuedEvent(ID, ComplaintOutcome.UPHELD, "refund", RECEIVED, 0));
    }

    @Test
    void k5_after_reopening_the_final_response_waits_for_the_new_assessment() {
        fixture.given(reopenedAt(REOPENED))
                .when(finalResponse(AFTER_REOPENING))
                .expectException(hasProperty("rule", is("K5")))
                .expectNoEvents();
    }

    @Test
    void k5_the_final_response_of_a_reopened_complaint_names_its_cycle() {
        fixture.given(then(reopenedAt(REOPENED), new ComplaintAssessedEvent(ID, AFTER_REOPENING, "again", 1)))
                .when(finalResponse(AFTER_REOPENING))
                .expectEvents(new FinalResponseIssuedEvent(ID, ComplaintOutcome.UPHELD, "refund", AFTER_REOPENING,
                        1));
    }

    @Test
    void k6_an_open_complaint_has_no_final_response_to_reject() {
        fixture.given(logged(), assessed())
                .when(new RejectFinalResponseCommand(ID, "not enough", LATER))
                .expectException(hasProperty("rule", is("K6")))
                .expectNoEvents();
    }

    @Test
    void k6_an_open_complaint_has_no_final_response_to_accept() {
        fixture.given(logged(), assessed())
                .when(new AcceptFinalResponseCommand(ID, LATER))
                .expectException(hasProperty("rule", is("K6")))
                .expectNoEvents();
    }

    @Test
    void k8_a_complaint_awaiting_the_clients_answer_is_not_reopened() {
        fixture.given(awaitingTheClientsAnswer())
                .when(new ReopenComplaintCommand(ID, "x", REOPENED))
                .expectException(hasProperty("rule", is("K8")))
                .expectNoEvents();
    }

    @Test
    void k8_a_rejected_complaint_is_reopened() {
        fixture.given(rejected())
                .when(new ReopenComplaintCommand(ID, "new evidence", REOPENED))
                .expectEvents(new ComplaintReopenedEvent(ID, "new evidence", REOPENED, 1));
    }

    @Test
    void k8_a_referred_complaint_is_reopened() {
        fixture.given(then(rejected(), new ComplaintReferredEvent(ID, RedressBody.OMBUDSMAN, LATER)))
                .when(new ReopenComplaintCommand(ID, "ombudsman's decision", REOPENED))
                .expectEvents(new ComplaintReopenedEvent(ID, "ombudsman's decision", REOPENED, 1));
    }

    @Test
    void k8_a_second_reopening_starts_the_third_cycle() {
        fixture.given(then(reopenedAt(REOPENED), new ComplaintAssessedEvent(ID, AFTER_REOPENING, "again", 1),
                        new FinalResponseIssuedEvent(ID, ComplaintOutcome.UPHELD, "refund", AFTER_REOPENING, 1),
                        new FinalResponseAcceptedEvent(ID, AFTER_REOPENING)))
                .when(new ReopenComplaintCommand(ID, "came back again", AFTER_REOPENING))
                .expectEvents(new ComplaintReopenedEvent(ID, "came back again", AFTER_REOPENING, 2));
    }

    @Test
    void k3_no_corrective_action_is_completed_before_receipt() {
        fixture.given(logged(), correctiveActionRecorded())
                .when(new CompleteCorrectiveActionCommand(ID, "car-1", RECEIVED.minusSeconds(1)))
                .expectException(hasProperty("rule", is("K3")))
                .expectNoEvents();
    }

    @Test
    void k7_the_insurer_is_not_notified_before_receipt() {
        fixture.given(logged())
                .when(new NotifyInsurerCommand(ID, "Acme PI", RECEIVED.minusSeconds(1)))
                .expectException(hasProperty("rule", is("K7")))
                .expectNoEvents();
    }
}
