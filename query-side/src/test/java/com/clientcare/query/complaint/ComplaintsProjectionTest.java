package com.clientcare.query.complaint;

import java.time.ZoneId;
import com.clientcare.query.satisfaction.ReportingPeriods;
import com.clientcare.query.infra.InMemoryMongo;
import com.clientcare.shared.client.PersonalDataErasedEvent;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.common.Channel;
import com.clientcare.shared.complaint.ComplaintAssessedEvent;
import com.clientcare.shared.complaint.ComplaintCategory;
import com.clientcare.shared.complaint.ComplaintEscalatedEvent;
import com.clientcare.shared.complaint.ComplaintLoggedEvent;
import com.clientcare.shared.complaint.ComplaintOutcome;
import com.clientcare.shared.complaint.ComplaintReopenedEvent;
import com.clientcare.shared.complaint.ComplaintStatus;
import com.clientcare.shared.complaint.EscalationLevel;
import com.clientcare.shared.complaint.FinalResponseAcceptedEvent;
import com.clientcare.shared.complaint.FinalResponseIssuedEvent;
import com.clientcare.shared.complaint.FinalResponseRejectedEvent;
import com.clientcare.shared.complaint.InsurerNotifiedEvent;
import com.clientcare.shared.sla.ClockBreachRetractedEvent;
import com.clientcare.shared.sla.ServiceLevelRule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ComplaintsProjectionTest {

    private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private InMemoryMongo mongo;
    private ComplaintsProjection projection;

    @BeforeEach
    void setUp() {
        mongo = new InMemoryMongo();
        projection = new ComplaintsProjection(mongo.database("test"),
                new ObjectMapper().registerModule(new JavaTimeModule()), new ReportingPeriods(ZoneId.of("Europe/London")));
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void k1_k7_the_log_keeps_every_complaint_and_flags_potential_claims_not_yet_notified() {
        projection.on(logged("k-1", true));
        projection.on(logged("k-2", true));
        projection.on(logged("k-3", false));
        projection.on(new InsurerNotifiedEvent("k-2", "Acme PI", AT));

        assertThat(projection.log(new ComplaintLogFilter(null, null, null, null), 0, 100).complaints()).hasSize(3);
        assertThat(projection.log(new ComplaintLogFilter(null, null, null, true), 0, 100).complaints()).extracting(ComplaintView::id).containsExactly("k-1");
        assertThat(projection.log(new ComplaintLogFilter(ComplaintStatus.OPEN, "c-1", ComplaintCategory.SERVICE, null), 0, 100).complaints()).hasSize(3);
    }

    @Test
    void k4_escalations_are_kept_once_each_even_when_replayed() {
        projection.on(logged("k-1", false));
        ComplaintEscalatedEvent escalated = new ComplaintEscalatedEvent("k-1", EscalationLevel.ACCOUNT_MANAGER,
                EscalationLevel.CONFLICT_RESOLUTION, "S5 breached", "S5:complaint:k-1:0", AT);
        projection.on(escalated);
        projection.on(escalated);

        ComplaintView view = projection.complaint("k-1").orElseThrow();
        assertThat(view.escalationLevel()).isEqualTo(EscalationLevel.CONFLICT_RESOLUTION);
        assertThat(view.escalations()).hasSize(1);
    }

    @Test
    void k8_a_reopened_complaint_shows_the_current_cycle_and_each_earlier_cycle_whole() {
        Instant assessedAt = AT.plusSeconds(3600);
        Instant answeredAt = AT.plus(Duration.ofDays(10));
        Instant acceptedAt = AT.plus(Duration.ofDays(12));
        Instant reopenedAt = AT.plus(Duration.ofDays(40));
        projection.on(logged("k-1", false));
        projection.on(new ComplaintAssessedEvent("k-1", assessedAt, "looked into", 0));
        projection.on(new FinalResponseIssuedEvent("k-1", ComplaintOutcome.UPHELD, "refund", answeredAt, 0));
        projection.on(new FinalResponseAcceptedEvent("k-1", acceptedAt));
        ComplaintReopenedEvent reopened = new ComplaintReopenedEvent("k-1", "happened again", reopenedAt, 1);
        projection.on(reopened);
        projection.on(reopened);

        ComplaintView view = projection.complaint("k-1").orElseThrow();
        assertThat(view.status()).isEqualTo(ComplaintStatus.OPEN);
        assertThat(view.cycle()).isEqualTo(1);
        assertThat(view.outcome()).isNull();
        assertThat(view.finalResponseAt()).isNull();
        assertThat(view.allCycles()).containsExactly(
                new ComplaintView.Cycle(0, AT, null, ComplaintStatus.RESOLVED, assessedAt, "looked into",
                        ComplaintOutcome.UPHELD, "refund", answeredAt, acceptedAt, null, null, null, null),
                new ComplaintView.Cycle(1, reopenedAt, "happened again", ComplaintStatus.OPEN, null, null, null, null,
                        null, null, null, null, null, null));
    }

    @Test
    void k8_the_complaint_api_lists_the_earlier_cycles_beside_the_current_state() throws Exception {
        projection.on(logged("k-1", false));
        projection.on(new ComplaintAssessedEvent("k-1", AT.plusSeconds(3600), "looked into", 0));
        projection.on(new FinalResponseIssuedEvent("k-1", ComplaintOutcome.NOT_UPHELD, "none",
                AT.plus(Duration.ofDays(10)), 0));
        projection.on(new FinalResponseRejectedEvent("k-1", "not enough", AT.plus(Duration.ofDays(11))));
        projection.on(new ComplaintReopenedEvent("k-1", "new facts", AT.plus(Duration.ofDays(20)), 1));
        projection.on(new ComplaintAssessedEvent("k-1", AT.plus(Duration.ofDays(21)), "again", 1));

        JsonNode json = MAPPER.readTree(MAPPER.writeValueAsString(projection.complaint("k-1").orElseThrow()));
        assertThat(json.get("assessedAt").asText()).isEqualTo(AT.plus(Duration.ofDays(21)).toString());
        assertThat(json.has("outcome") && !json.get("outcome").isNull()).isFalse();
        assertThat(json.get("cycles")).hasSize(1);
        assertThat(json.get("cycles").get(0).get("outcome").asText()).isEqualTo("NOT_UPHELD");
        assertThat(json.get("cycles").get(0).get("assessedAt").asText()).isEqualTo(AT.plusSeconds(3600).toString());
        assertThat(json.get("cycles").get(0).get("status").asText()).isEqualTo("REJECTED");
    }

    @Test
    void k4_an_escalation_caused_by_a_breach_retracted_later_stays_marked_as_such() {
        projection.on(logged("k-1", false));
        projection.on(new ComplaintEscalatedEvent("k-1", EscalationLevel.ACCOUNT_MANAGER,
                EscalationLevel.CONFLICT_RESOLUTION, "S4 breached", "S4:complaint:k-1:0", AT.plusSeconds(90_000)));
        projection.on(new ClockBreachRetractedEvent(AT.plusSeconds(3600), "S4:complaint:k-1:0", ServiceLevelRule.S4,
                "k-1", "k-1", AT.plusSeconds(86_400), "assessment"));

        ComplaintView view = projection.complaint("k-1").orElseThrow();
        assertThat(view.escalationLevel()).isEqualTo(EscalationLevel.CONFLICT_RESOLUTION);
        assertThat(view.escalations()).singleElement()
                .satisfies(escalation -> assertThat(escalation.causedByRetractedBreach()).isTrue());
    }

    @Test
    void c8_erasure_blanks_the_description_and_keeps_the_complaint() {
        projection.on(logged("k-1", false));
        projection.on(new PersonalDataErasedEvent("c-1", "request", AT));

        ComplaintView view = projection.complaint("k-1").orElseThrow();
        assertThat(view.description()).isEqualTo("[erased]");
        assertThat(view.status()).isEqualTo(ComplaintStatus.OPEN);
    }

    private static ComplaintLoggedEvent logged(String id, boolean potentialClaim) {
        return new ComplaintLoggedEvent(id, "c-1", Channel.EMAIL, ComplaintCategory.SERVICE, "slow " + id, AT,
                potentialClaim, EscalationLevel.ACCOUNT_MANAGER, Tier.GOLD);
    }
}
