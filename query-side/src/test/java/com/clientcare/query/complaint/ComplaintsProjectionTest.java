package com.clientcare.query.complaint;

import com.clientcare.query.infra.InMemoryMongo;
import com.clientcare.shared.client.PersonalDataErasedEvent;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.common.Channel;
import com.clientcare.shared.complaint.ComplaintCategory;
import com.clientcare.shared.complaint.ComplaintEscalatedEvent;
import com.clientcare.shared.complaint.ComplaintLoggedEvent;
import com.clientcare.shared.complaint.ComplaintStatus;
import com.clientcare.shared.complaint.EscalationLevel;
import com.clientcare.shared.complaint.InsurerNotifiedEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ComplaintsProjectionTest {

    private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");

    private InMemoryMongo mongo;
    private ComplaintsProjection projection;

    @BeforeEach
    void setUp() {
        mongo = new InMemoryMongo();
        projection = new ComplaintsProjection(mongo.database("test"),
                new ObjectMapper().registerModule(new JavaTimeModule()));
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

        assertThat(projection.log(null, null, null, null)).hasSize(3);
        assertThat(projection.log(null, null, null, true)).extracting(ComplaintView::id).containsExactly("k-1");
        assertThat(projection.log(ComplaintStatus.OPEN, "c-1", ComplaintCategory.SERVICE, null)).hasSize(3);
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
