package com.clientcare.command.complaint;

import com.clientcare.shared.common.Channel;
import com.clientcare.shared.complaint.AcceptFinalResponseCommand;
import com.clientcare.shared.complaint.AcknowledgeComplaintCommand;
import com.clientcare.shared.complaint.AssessComplaintCommand;
import com.clientcare.shared.complaint.CompleteCorrectiveActionCommand;
import com.clientcare.shared.complaint.ComplaintAcknowledgedEvent;
import com.clientcare.shared.complaint.ComplaintAssessedEvent;
import com.clientcare.shared.complaint.ComplaintCategory;
import com.clientcare.shared.complaint.ComplaintReferredEvent;
import com.clientcare.shared.complaint.ComplaintReopenedEvent;
import com.clientcare.shared.complaint.CorrectiveActionCompletedEvent;
import com.clientcare.shared.complaint.EscalateComplaintCommand;
import com.clientcare.shared.complaint.EscalationLevel;
import com.clientcare.shared.complaint.FinalResponseAcceptedEvent;
import com.clientcare.shared.complaint.FinalResponseRejectedEvent;
import com.clientcare.shared.complaint.InsurerNotifiedEvent;
import com.clientcare.shared.complaint.LogComplaintCommand;
import com.clientcare.shared.complaint.NotifyInsurerCommand;
import com.clientcare.shared.complaint.RedressBody;
import com.clientcare.shared.complaint.ReferComplaintCommand;
import com.clientcare.shared.complaint.RejectFinalResponseCommand;
import com.clientcare.shared.complaint.ReopenComplaintCommand;
import com.clientcare.shared.complaint.SendInitialResponseCommand;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import static com.clientcare.command.complaint.ComplaintHistory.CLIENT_SINCE;
import static com.clientcare.command.complaint.ComplaintHistory.ID;
import static com.clientcare.command.complaint.ComplaintHistory.LATER;
import static com.clientcare.command.complaint.ComplaintHistory.RECEIVED;
import static com.clientcare.command.complaint.ComplaintHistory.REOPENED;
import static com.clientcare.command.complaint.ComplaintHistory.S5_CLOCK;
import static com.clientcare.command.complaint.ComplaintHistory.assessed;
import static com.clientcare.command.complaint.ComplaintHistory.atTheLastLevel;
import static com.clientcare.command.complaint.ComplaintHistory.awaitingTheClientsAnswer;
import static com.clientcare.command.complaint.ComplaintHistory.correctiveActionRecorded;
import static com.clientcare.command.complaint.ComplaintHistory.escalated;
import static com.clientcare.command.complaint.ComplaintHistory.finalResponse;
import static com.clientcare.command.complaint.ComplaintHistory.finalResponseIssued;
import static com.clientcare.command.complaint.ComplaintHistory.log;
import static com.clientcare.command.complaint.ComplaintHistory.logged;
import static com.clientcare.command.complaint.ComplaintHistory.recordCorrectiveAction;
import static com.clientcare.command.complaint.ComplaintHistory.refusedBy;
import static com.clientcare.command.complaint.ComplaintHistory.rejected;
import static com.clientcare.command.complaint.ComplaintHistory.reopenedAt;
import static com.clientcare.command.complaint.ComplaintHistory.resolved;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.is;

/** A complaint's life, K1..K8, one step a test: what each command records, and the refusal next to it. */
class ComplaintTest {

    private final AggregateTestFixture<Complaint> fixture = ComplaintHistory.fixture();

    @Test
    void k1_a_complaint_is_logged_against_a_known_client_with_the_account_manager_handling_it() {
        fixture.givenNoPriorActivity().when(log("c-1", "slow")).expectEvents(logged());
    }

    @Test
    void k1_a_complaint_about_an_unknown_client_is_refused() {
        fixture.givenNoPriorActivity()
                .when(log("c-404", "slow"))
                .expectException(hasProperty("rule", is("K1")))
                .expectNoEvents();
    }

    @Test
    void k1_a_complaint_received_before_the_client_was_registered_is_refused_naming_received_at() {
        fixture.givenNoPriorActivity()
                .when(new LogComplaintCommand(ID, "c-1", Channel.EMAIL, ComplaintCategory.SERVICE, "slow",
                        CLIENT_SINCE.minusSeconds(1), false))
                .expectException(hasProperty("field", is("receivedAt")))
                .expectNoEvents();
    }

    @Test
    void c8_a_complaint_about_an_erased_client_is_refused() {
        fixture.givenNoPriorActivity()
                .when(log("c-erased", "slow"))
                .expectException(hasProperty("rule", is("C8")))
                .expectNoEvents();
    }

    @Test
    void k2_the_acknowledgement_names_the_procedure_and_that_it_is_free() {
        fixture.given(logged())
                .when(new AcknowledgeComplaintCommand(ID, LATER))
                .expectEvents(new ComplaintAcknowledgedEvent(ID, LATER, Complaint.PROCEDURE, true));
    }

    @Test
    void k2_the_acknowledgement_is_sent_once() {
        fixture.given(logged(), new ComplaintAcknowledgedEvent(ID, LATER, Complaint.PROCEDURE, true))
                .when(new AcknowledgeComplaintCommand(ID, LATER))
                .expectException(hasProperty("rule", is("K2")))
                .expectNoEvents();
    }

    @Test
    void k2_an_acknowledgement_dated_before_the_receipt_is_refused_naming_sent_at() {
        fixture.given(logged())
                .when(new AcknowledgeComplaintCommand(ID, RECEIVED.minusSeconds(60)))
                .expectException(hasProperty("field", is("sentAt")))
                .expectNoEvents();
    }

    @Test
    void k3_a_corrective_action_is_recorded_with_problem_action_date_and_prevention() {
        fixture.given(logged())
                .when(recordCorrectiveAction("file now"))
                .expectEvents(correctiveActionRecorded());
    }

    @Test
    void k3_a_recorded_corrective_action_is_completed() {
        fixture.given(logged(), correctiveActionRecorded())
                .when(new CompleteCorrectiveActionCommand(ID, "car-1", LATER))
                .expectEvents(new CorrectiveActionCompletedEvent(ID, "car-1", LATER));
    }

    @Test
    void k3_an_unknown_corrective_action_is_not_completed() {
        fixture.given(logged())
                .when(new CompleteCorrectiveActionCommand(ID, "car-404", LATER))
                .expectException(hasProperty("rule", is("K3")))
                .expectNoEvents();
    }

    @Test
    void k4_staff_escalate_one_level_up() {
        fixture.given(logged())
                .when(new EscalateComplaintCommand(ID, "unhappy", null, LATER))
                .expectEvents(escalated(EscalationLevel.ACCOUNT_MANAGER, EscalationLevel.CONFLICT_RESOLUTION, null));
    }

    @Test
    void k4_staff_do_not_escalate_past_independent_redress() {
        fixture.given(atTheLastLevel())
                .when(new EscalateComplaintCommand(ID, "again", null, LATER))
                .expectException(hasProperty("rule", is("K4")))
                .expectNoEvents();
    }

    @Test
    void k4_a_breach_escalates_by_itself() {
        fixture.given(logged())
                .when(new EscalateComplaintCommand(ID, "S5 breached", S5_CLOCK, LATER))
                .expectEvents(escalated(EscalationLevel.ACCOUNT_MANAGER, EscalationLevel.CONFLICT_RESOLUTION,
                        S5_CLOCK));
    }

    @Test
    void k4_the_same_breach_escalates_once() {
        fixture.given(logged(),
                        escalated(EscalationLevel.ACCOUNT_MANAGER, EscalationLevel.CONFLICT_RESOLUTION, S5_CLOCK))
                .when(new EscalateComplaintCommand(ID, "S5 breached", S5_CLOCK, LATER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void k5_no_final_response_before_the_assessment() {
        fixture.given(logged())
                .when(finalResponse(LATER))
                .expectException(hasProperty("rule", is("K5")))
                .expectNoEvents();
    }

    @Test
    void k5_no_final_response_dated_before_receipt() {
        fixture.given(logged(), assessed())
                .when(finalResponse(RECEIVED.minusSeconds(1)))
                .expectException(hasProperty("rule", is("K5")))
                .expectNoEvents();
    }

    @Test
    void k5_the_final_response_after_the_assessment_records_outcome_and_remedy() {
        fixture.given(logged(), assessed())
                .when(finalResponse(LATER))
                .expectEvents(finalResponseIssued());
    }

    @Test
    void k5_a_final_response_before_logging_is_404() {
        fixture.givenNoPriorActivity()
                .when(finalResponse(LATER))
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void s2_an_initial_response_after_the_final_response_is_refused() {
        fixture.given(awaitingTheClientsAnswer())
                .when(new SendInitialResponseCommand(ID, LATER.plusSeconds(60)))
                .expectException(hasProperty("rule", is("S2")))
                .expectNoEvents();
    }

    @Test
    void k6_acceptance_resolves_the_complaint() {
        fixture.given(awaitingTheClientsAnswer())
                .when(new AcceptFinalResponseCommand(ID, LATER))
                .expectEvents(new FinalResponseAcceptedEvent(ID, LATER));
    }

    @Test
    void k6_a_resolved_complaint_is_not_accepted_again() {
        fixture.given(resolved())
                .when(new AcceptFinalResponseCommand(ID, LATER))
                .expectException(hasProperty("rule", is("K6")))
                .expectNoEvents();
    }

    @Test
    void k6_the_client_rejects_the_final_response() {
        fixture.given(awaitingTheClientsAnswer())
                .when(new RejectFinalResponseCommand(ID, "not enough", LATER))
                .expectEvents(new FinalResponseRejectedEvent(ID, "not enough", LATER));
    }

    @Test
    void k6_a_response_not_rejected_is_not_referred_to_independent_redress() {
        fixture.given(awaitingTheClientsAnswer())
                .when(new ReferComplaintCommand(ID, RedressBody.OMBUDSMAN, LATER))
                .expectException(hasProperty("rule", is("K6")))
                .expectNoEvents();
    }

    @Test
    void k6_a_rejected_response_is_referred_to_independent_redress() {
        fixture.given(rejected())
                .when(new ReferComplaintCommand(ID, RedressBody.OMBUDSMAN, LATER))
                .expectEvents(new ComplaintReferredEvent(ID, RedressBody.OMBUDSMAN, LATER));
    }

    @Test
    void k7_the_insurer_is_notified() {
        fixture.given(logged())
                .when(new NotifyInsurerCommand(ID, "Acme PI", LATER))
                .expectEvents(new InsurerNotifiedEvent(ID, "Acme PI", LATER));
    }

    @Test
    void k7_the_insurer_is_notified_once() {
        fixture.given(logged(), new InsurerNotifiedEvent(ID, "Acme PI", LATER))
                .when(new NotifyInsurerCommand(ID, "Acme PI", LATER))
                .expectException(hasProperty("rule", is("K7")))
                .expectNoEvents();
    }

    @Test
    void k8_a_resolved_complaint_is_reopened_in_a_new_cycle() {
        fixture.given(resolved())
                .when(new ReopenComplaintCommand(ID, "came back", LATER))
                .expectEvents(new ComplaintReopenedEvent(ID, "came back", LATER, 1));
    }

    @Test
    void k8_an_open_complaint_is_not_reopened() {
        fixture.given(logged())
                .when(new ReopenComplaintCommand(ID, "x", LATER))
                .expectException(hasProperty("rule", is("K8")))
                .expectNoEvents();
    }

    @Test
    void k8_s4_after_reopening_the_complaint_is_assessed_again_in_the_new_cycle() {
        fixture.given(reopenedAt(REOPENED))
                .when(new AssessComplaintCommand(ID, REOPENED, "again"))
                .expectEvents(new ComplaintAssessedEvent(ID, REOPENED, "again", 1));
    }

    @Test
    void k8_s4_an_assessment_in_a_reopened_cycle_dated_before_the_reopening_is_refused_naming_assessed_at() {
        fixture.given(reopenedAt(REOPENED))
                .when(new AssessComplaintCommand(ID, REOPENED.minusSeconds(1), "again"))
                .expectException(refusedBy("S4", "reopened"))
                .expectException(hasProperty("field", is("assessedAt")))
                .expectNoEvents();
    }
}
