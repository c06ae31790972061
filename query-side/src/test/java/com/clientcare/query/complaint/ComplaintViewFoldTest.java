package com.clientcare.query.complaint;

import com.clientcare.shared.client.Tier;
import com.clientcare.shared.common.Channel;
import com.clientcare.shared.complaint.ComplaintAcknowledgedEvent;
import com.clientcare.shared.complaint.ComplaintAssessedEvent;
import com.clientcare.shared.complaint.ComplaintCategory;
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
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One complaint of the log, folded from its events (#15): each fact of K2..K8 where the log shows it. */
class ComplaintViewFoldTest {

    private static final String ID = "k-1";
    private static final Instant RECEIVED = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-03T10:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void k1_a_history_without_the_logging_is_no_complaint() {
        assertThat(ComplaintView.fold(List.of(new ComplaintAcknowledgedEvent(ID, LATER, "procedure", true))))
                .isEmpty();
    }

    @Test
    void k2_the_log_shows_when_the_acknowledgement_was_sent() {
        ComplaintView view = fold(logged(), new ComplaintAcknowledgedEvent(ID, LATER, "procedure", true));
        assertThat(view.row().acknowledgedAt()).isEqualTo(LATER);
    }

    @Test
    void s4_the_log_shows_the_assessment() {
        ComplaintView view = fold(logged(), assessed());
        assertThat(view.row().assessedAt()).isEqualTo(LATER);
    }

    @Test
    void s2_the_complaint_shows_its_initial_response() {
        JsonNode served = JSON.valueToTree(fold(logged(), new InitialResponseSentEvent(ID, LATER)));
        assertThat(served.get("initialResponseAt").asText()).isEqualTo(LATER.toString());
    }

    @Test
    void k3_a_completed_corrective_action_shows_when_it_was_completed() {
        JsonNode served = JSON.valueToTree(fold(logged(), correctiveAction(),
                new CorrectiveActionCompletedEvent(ID, "car-1", LATER)));
        assertThat(served.get("correctiveActions")).hasSize(1);
        assertThat(served.get("correctiveActions").get(0).get("completedAt").isNull()).isFalse();
    }

    @Test
    void k3_a_corrective_action_replayed_is_listed_once() {
        JsonNode served = JSON.valueToTree(fold(logged(), correctiveAction(), correctiveAction()));
        assertThat(served.get("correctiveActions")).hasSize(1);
    }

    @Test
    void k3_every_corrective_action_of_the_complaint_is_listed() {
        JsonNode served = JSON.valueToTree(fold(logged(), correctiveAction(), new CorrectiveActionRecordedEvent(ID,
                "car-2", "rude call", "apologise", LocalDate.of(2026, 3, 5), "training", LATER)));
        assertThat(served.get("correctiveActions")).hasSize(2);
    }

    @Test
    void k5_the_log_shows_the_final_response_and_its_outcome() {
        ComplaintView view = fold(logged(), assessed(), finalResponse());
        assertThat(view.status()).isEqualTo(ComplaintStatus.FINAL_RESPONSE_ISSUED);
        assertThat(view.outcome()).isEqualTo(ComplaintOutcome.PARTLY_UPHELD);
        assertThat(view.finalResponseAt()).isEqualTo(LATER);
    }

    @Test
    void k6_an_accepted_final_response_resolves_the_complaint() {
        assertThat(fold(logged(), assessed(), finalResponse(), new FinalResponseAcceptedEvent(ID, LATER)).status())
                .isEqualTo(ComplaintStatus.RESOLVED);
    }

    @Test
    void k6_a_rejected_final_response_shows_the_reason() {
        JsonNode served = JSON.valueToTree(fold(logged(), assessed(), finalResponse(),
                new FinalResponseRejectedEvent(ID, "not enough", LATER)));
        assertThat(served.get("status").asText()).isEqualTo("REJECTED");
        assertThat(served.get("rejectionReason").asText()).isEqualTo("not enough");
    }

    @Test
    void k6_a_referral_puts_the_complaint_with_independent_redress() {
        ComplaintView view = fold(logged(), assessed(), finalResponse(),
                new FinalResponseRejectedEvent(ID, "not enough", LATER), new ComplaintReferredEvent(ID, RedressBody.ADR,
                        LATER));
        assertThat(view.status()).isEqualTo(ComplaintStatus.REFERRED);
        assertThat(view.escalationLevel()).isEqualTo(EscalationLevel.INDEPENDENT_REDRESS);
    }

    @Test
    void k7_a_notified_insurer_is_no_longer_awaited() {
        ComplaintView view = fold(logged(), new InsurerNotifiedEvent(ID, "Acme PI", LATER));
        assertThat(view.awaitingInsurerNotification()).isFalse();
    }

    @Test
    void k8_a_reopened_complaint_is_open_in_its_next_cycle() {
        ComplaintView view = fold(logged(), assessed(), finalResponse(), new FinalResponseAcceptedEvent(ID, LATER),
                new ComplaintReopenedEvent(ID, "came back", LATER.plusSeconds(3600), 1));
        assertThat(view.status()).isEqualTo(ComplaintStatus.OPEN);
        assertThat(view.cycle()).isEqualTo(1);
        assertThat(view.row().assessedAt()).isNull();
    }

    private static ComplaintView fold(ComplaintEvent... events) {
        return ComplaintView.fold(List.of(events)).orElseThrow();
    }

    private static ComplaintLoggedEvent logged() {
        return new ComplaintLoggedEvent(ID, "c-1", Channel.EMAIL, ComplaintCategory.SERVICE, "slow", RECEIVED, true,
                EscalationLevel.ACCOUNT_MANAGER, Tier.GOLD);
    }

    private static ComplaintAssessedEvent assessed() {
        return new ComplaintAssessedEvent(ID, LATER, "looked", 0);
    }

    private static FinalResponseIssuedEvent finalResponse() {
        return new FinalResponseIssuedEvent(ID, ComplaintOutcome.PARTLY_UPHELD, "refund", LATER, 0);
    }

    private static CorrectiveActionRecordedEvent correctiveAction() {
        return new CorrectiveActionRecordedEvent(ID, "car-1", "late filing", "file now", LocalDate.of(2026, 3, 10),
                "calendar reminders", LATER);
    }
}
