package com.clientcare.command.complaint;

import com.clientcare.shared.client.Tier;
import com.clientcare.shared.common.Channel;
import com.clientcare.shared.complaint.AcceptFinalResponseCommand;
import com.clientcare.shared.complaint.AcknowledgeComplaintCommand;
import com.clientcare.shared.complaint.AssessComplaintCommand;
import com.clientcare.shared.complaint.CompleteCorrectiveActionCommand;
import com.clientcare.shared.complaint.ComplaintAcknowledgedEvent;
import com.clientcare.shared.complaint.ComplaintAssessedEvent;
import com.clientcare.shared.complaint.ComplaintCategory;
import com.clientcare.shared.complaint.ComplaintEscalatedEvent;
import com.clientcare.shared.complaint.ComplaintLoggedEvent;
import com.clientcare.shared.complaint.ComplaintOutcome;
import com.clientcare.shared.complaint.ComplaintReferredEvent;
import com.clientcare.shared.complaint.ComplaintReopenedEvent;
import com.clientcare.shared.complaint.CorrectiveActionCompletedEvent;
import com.clientcare.shared.complaint.CorrectiveActionRecordedEvent;
import com.clientcare.shared.complaint.EscalateComplaintCommand;
import com.clientcare.shared.complaint.EscalationLevel;
import com.clientcare.shared.complaint.FinalResponseAcceptedEvent;
import com.clientcare.shared.complaint.FinalResponseIssuedEvent;
import com.clientcare.shared.complaint.FinalResponseRejectedEvent;
import com.clientcare.shared.complaint.InsurerNotifiedEvent;
import com.clientcare.shared.complaint.IssueFinalResponseCommand;
import com.clientcare.shared.complaint.LogComplaintCommand;
import com.clientcare.shared.complaint.NotifyInsurerCommand;
import com.clientcare.shared.complaint.RecordCorrectiveActionCommand;
import com.clientcare.shared.complaint.RedressBody;
import com.clientcare.shared.complaint.ReferComplaintCommand;
import com.clientcare.shared.complaint.RejectFinalResponseCommand;
import com.clientcare.shared.complaint.ReopenComplaintCommand;
import com.clientcare.shared.complaint.SendInitialResponseCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.is;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class ComplaintTest {

    private static final String ID = "k-1";
    private static final Instant RECEIVED = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-03T10:00:00Z");
    private static final Instant CLIENT_SINCE = Instant.parse("2026-01-05T09:00:00Z");

    private AggregateTestFixture<Complaint> fixture;
    private ClientDirectory clients;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Complaint.class);
        clients = mock(ClientDirectory.class);
        when(clients.standingOf("c-1"))
                .thenReturn(Optional.of(new ClientDirectory.Standing(CLIENT_SINCE, Tier.GOLD, false)));
        when(clients.standingOf("c-erased"))
                .thenReturn(Optional.of(new ClientDirectory.Standing(CLIENT_SINCE, Tier.GOLD, true)));
        when(clients.standingOf("c-404")).thenReturn(Optional.empty());
        fixture.registerInjectableResource(clients);
    }

    @Test
    void k1_a_complaint_is_logged_against_a_known_client_with_the_account_manager_handling_it() {
        fixture.givenNoPriorActivity().when(log("c-1")).expectEvents(logged());
    }

    @Test
    void k1_a_complaint_about_an_unknown_client_is_refused() {
        fixture.givenNoPriorActivity().when(log("c-404")).expectException(hasProperty("rule", is("K1"))).expectNoEvents();
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
        fixture.givenNoPriorActivity().when(log("c-erased")).expectException(hasProperty("rule", is("C8")))
                .expectNoEvents();
    }

    @Test
    void k2_the_acknowledgement_names_the_procedure_and_that_it_is_free_and_is_sent_once() {
        fixture.given(logged()).when(new AcknowledgeComplaintCommand(ID, LATER))
                .expectEvents(new ComplaintAcknowledgedEvent(ID, LATER, Complaint.PROCEDURE, true));
        fixture.given(logged(), new ComplaintAcknowledgedEvent(ID, LATER, Complaint.PROCEDURE, true))
                .when(new AcknowledgeComplaintCommand(ID, LATER)).expectException(hasProperty("rule", is("K2")));
    }

    @Test
    void k3_a_corrective_action_is_recorded_and_completed_once() {
        CorrectiveActionRecordedEvent recorded = new CorrectiveActionRecordedEvent(ID, "car-1", "late filing",
                "file now", LocalDate.of(2026, 3, 10), "calendar reminders", LATER);
        fixture.given(logged())
                .when(new RecordCorrectiveActionCommand(ID, "car-1", "late filing", "file now",
                        LocalDate.of(2026, 3, 10), "calendar reminders", LATER))
                .expectEvents(recorded);
        fixture.given(logged(), recorded).when(new CompleteCorrectiveActionCommand(ID, "car-1", LATER))
                .expectEvents(new CorrectiveActionCompletedEvent(ID, "car-1", LATER));
        fixture.given(logged()).when(new CompleteCorrectiveActionCommand(ID, "car-404", LATER))
                .expectException(hasProperty("rule", is("K3"))).expectNoEvents();
    }

    @Test
    void k4_escalation_goes_one_level_at_a_time_and_not_past_independent_redress() {
        fixture.given(logged()).when(new EscalateComplaintCommand(ID, "unhappy", null, LATER))
                .expectEvents(new ComplaintEscalatedEvent(ID, EscalationLevel.ACCOUNT_MANAGER,
                        EscalationLevel.CONFLICT_RESOLUTION, "unhappy", null, LATER));
        fixture.given(logged(), escalated(EscalationLevel.ACCOUNT_MANAGER, EscalationLevel.CONFLICT_RESOLUTION, null),
                        escalated(EscalationLevel.CONFLICT_RESOLUTION, EscalationLevel.REGIONAL_MD, null),
                        escalated(EscalationLevel.REGIONAL_MD, EscalationLevel.CEO, null),
                        escalated(EscalationLevel.CEO, EscalationLevel.INDEPENDENT_REDRESS, null))
                .when(new EscalateComplaintCommand(ID, "again", null, LATER))
                .expectException(hasProperty("rule", is("K4"))).expectNoEvents();
    }

    @Test
    void k4_a_breach_escalates_by_itself_once() {
        fixture.given(logged()).when(new EscalateComplaintCommand(ID, "S5 breached", "S5:complaint:k-1:0", LATER))
                .expectEvents(escalated(EscalationLevel.ACCOUNT_MANAGER, EscalationLevel.CONFLICT_RESOLUTION,
                        "S5:complaint:k-1:0"));
        fixture.given(logged(), escalated(EscalationLevel.ACCOUNT_MANAGER, EscalationLevel.CONFLICT_RESOLUTION,
                        "S5:complaint:k-1:0"))
                .when(new EscalateComplaintCommand(ID, "S5 breached", "S5:complaint:k-1:0", LATER))
                .expectSuccessfulHandlerExecution().expectNoEvents();
    }

    @Test
    void k5_the_final_response_comes_after_the_assessment_and_not_before_receipt() {
        fixture.given(logged()).when(finalResponse(LATER)).expectException(hasProperty("rule", is("K5")));
        fixture.given(logged(), assessed()).when(finalResponse(RECEIVED.minusSeconds(1)))
                .expectException(hasProperty("rule", is("K5")));
        fixture.given(logged(), assessed()).when(finalResponse(LATER)).expectEvents(finalResponseIssued());
    }

    @Test
    void s2_an_initial_response_after_the_final_response_is_refused() {
        fixture.given(logged(), assessed(), finalResponseIssued())
                .when(new SendInitialResponseCommand(ID, LATER.plusSeconds(60)))
                .expectException(hasProperty("rule", is("S2")))
                .expectNoEvents();
    }

    @Test
    void s4_an_assessment_in_a_reopened_cycle_dated_before_the_reopening_is_refused_naming_assessed_at() {
        Instant reopenedAt = LATER.plusSeconds(3600);
        fixture.given(logged(), assessed(), finalResponseIssued(), new FinalResponseAcceptedEvent(ID, LATER),
                        new ComplaintReopenedEvent(ID, "came back", reopenedAt, 1))
                .when(new AssessComplaintCommand(ID, reopenedAt.minusSeconds(1), "again"))
                .expectException(hasProperty("rule", is("S4")))
                .expectException(hasProperty("field", is("assessedAt")))
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
    void k5_a_final_response_before_logging_is_404() {
        fixture.givenNoPriorActivity().when(finalResponse(LATER))
                .expectException(org.axonframework.modelling.command.AggregateNotFoundException.class);
    }

    @Test
    void k6_acceptance_resolves_and_twice_is_refused() {
        fixture.given(logged(), assessed(), finalResponseIssued()).when(new AcceptFinalResponseCommand(ID, LATER))
                .expectEvents(new FinalResponseAcceptedEvent(ID, LATER));
        fixture.given(logged(), assessed(), finalResponseIssued(), new FinalResponseAcceptedEvent(ID, LATER))
                .when(new AcceptFinalResponseCommand(ID, LATER)).expectException(hasProperty("rule", is("K6")));
    }

    @Test
    void k6_only_a_rejected_response_is_referred_to_independent_redress() {
        fixture.given(logged(), assessed(), finalResponseIssued())
                .when(new ReferComplaintCommand(ID, RedressBody.OMBUDSMAN, LATER))
                .expectException(hasProperty("rule", is("K6")));
        fixture.given(logged(), assessed(), finalResponseIssued(), new FinalResponseRejectedEvent(ID, "no", LATER))
                .when(new ReferComplaintCommand(ID, RedressBody.OMBUDSMAN, LATER))
                .expectEvents(new ComplaintReferredEvent(ID, RedressBody.OMBUDSMAN, LATER));
        fixture.given(logged(), assessed(), finalResponseIssued())
                .when(new RejectFinalResponseCommand(ID, "not enough", LATER))
                .expectEvents(new FinalResponseRejectedEvent(ID, "not enough", LATER));
    }

    @Test
    void k7_the_insurer_is_notified_once() {
        fixture.given(logged()).when(new NotifyInsurerCommand(ID, "Acme PI", LATER))
                .expectEvents(new InsurerNotifiedEvent(ID, "Acme PI", LATER));
        fixture.given(logged(), new InsurerNotifiedEvent(ID, "Acme PI", LATER))
                .when(new NotifyInsurerCommand(ID, "Acme PI", LATER)).expectException(hasProperty("rule", is("K7")));
    }

    @Test
    void k8_a_closed_complaint_is_reopened_in_a_new_cycle_and_an_open_one_is_not() {
        fixture.given(logged(), assessed(), finalResponseIssued(), new FinalResponseAcceptedEvent(ID, LATER))
                .when(new ReopenComplaintCommand(ID, "came back", LATER))
                .expectEvents(new ComplaintReopenedEvent(ID, "came back", LATER, 1));
        fixture.given(logged()).when(new ReopenComplaintCommand(ID, "x", LATER))
                .expectException(hasProperty("rule", is("K8"))).expectNoEvents();
    }

    @Test
    void k8_after_reopening_the_complaint_is_assessed_again_in_the_new_cycle() {
        fixture.given(logged(), assessed(), finalResponseIssued(), new FinalResponseAcceptedEvent(ID, LATER),
                        new ComplaintReopenedEvent(ID, "came back", LATER, 1))
                .when(new AssessComplaintCommand(ID, LATER, "again"))
                .expectEvents(new ComplaintAssessedEvent(ID, LATER, "again", 1));
    }

    private static LogComplaintCommand log(String clientId) {
        return new LogComplaintCommand(ID, clientId, Channel.EMAIL, ComplaintCategory.SERVICE, "slow", RECEIVED, true);
    }

    private static ComplaintLoggedEvent logged() {
        return new ComplaintLoggedEvent(ID, "c-1", Channel.EMAIL, ComplaintCategory.SERVICE, "slow", RECEIVED, true,
                EscalationLevel.ACCOUNT_MANAGER, Tier.GOLD);
    }

    private static ComplaintAssessedEvent assessed() {
        return new ComplaintAssessedEvent(ID, LATER, "looked", 0);
    }

    private static IssueFinalResponseCommand finalResponse(Instant at) {
        return new IssueFinalResponseCommand(ID, ComplaintOutcome.UPHELD, "refund", at);
    }

    private static FinalResponseIssuedEvent finalResponseIssued() {
        return new FinalResponseIssuedEvent(ID, ComplaintOutcome.UPHELD, "refund", LATER, 0);
    }

    private static ComplaintEscalatedEvent escalated(EscalationLevel from, EscalationLevel to, String clock) {
        return new ComplaintEscalatedEvent(ID, from, to, clock == null ? "unhappy" : "S5 breached", clock, LATER);
    }

}
