package com.clientcare.query.complaint;

import java.time.ZoneId;
import com.clientcare.query.satisfaction.ReportingPeriods;
import com.clientcare.query.infra.InMemoryMongo;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.common.Channel;
import com.clientcare.shared.complaint.ComplaintAssessedEvent;
import com.clientcare.shared.complaint.ComplaintCategory;
import com.clientcare.shared.complaint.ComplaintLoggedEvent;
import com.clientcare.shared.complaint.ComplaintOutcome;
import com.clientcare.shared.complaint.ComplaintStatus;
import com.clientcare.shared.complaint.EscalationLevel;
import com.clientcare.shared.complaint.FinalResponseIssuedEvent;
import com.clientcare.shared.complaint.ComplaintReferredEvent;
import com.clientcare.shared.complaint.ComplaintReopenedEvent;
import com.clientcare.shared.complaint.FinalResponseAcceptedEvent;
import com.clientcare.shared.complaint.FinalResponseRejectedEvent;
import com.clientcare.shared.complaint.RedressBody;
import com.clientcare.shared.complaint.InsurerNotifiedEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The complaints log's filters (#15) and windows (#21): each selects what it names and keeps the rest out, in order
 * of receipt across pages.
 */
class ComplaintLogFiltersTest {

    private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant APRIL = Instant.parse("2026-04-02T10:00:00Z");
    private static final ComplaintLogFilter ALL = new ComplaintLogFilter(null, null, null, null);

    private InMemoryMongo mongo;
    private ComplaintsProjection projection;

    @BeforeEach
    void setUp() {
        mongo = new InMemoryMongo();
        projection = new ComplaintsProjection(mongo.database("test"),
                new ObjectMapper().registerModule(new JavaTimeModule()), new ReportingPeriods(ZoneId.of("Europe/London")));
        projection.on(logged("k-1", "c-1", ComplaintCategory.SERVICE, true, AT));
        projection.on(logged("k-2", "c-2", ComplaintCategory.STAFF, true, AT.plusSeconds(60)));
        projection.on(logged("k-3", "c-1", ComplaintCategory.PRODUCT, false, AT.plusSeconds(120)));
        projection.on(new ComplaintAssessedEvent("k-2", AT.plusSeconds(600), "looked", 0));
        projection.on(new FinalResponseIssuedEvent("k-2", ComplaintOutcome.UPHELD, "refund", AT.plusSeconds(900), 0));
        projection.on(new InsurerNotifiedEvent("k-1", "Acme PI", AT.plusSeconds(300)));
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void k1_the_log_is_newest_first() {
        assertThat(projection.log(new ComplaintLogFilter(null, null, null, null), 0, 100).complaints()).extracting(ComplaintView::id)
                .containsExactly("k-3", "k-2", "k-1");
    }

    @Test
    void k1_the_first_page_of_the_log_holds_the_newest_and_the_total_counts_all() {
        ComplaintsProjection.LogPage first = projection.log(new ComplaintLogFilter(null, null, null, null), 0, 2);

        assertThat(first.complaints()).extracting(ComplaintView::id).containsExactly("k-3", "k-2");
        assertThat(first.total()).isEqualTo(3);
    }

    @Test
    void k1_the_last_page_of_the_log_holds_the_oldest() {
        assertThat(projection.log(new ComplaintLogFilter(null, null, null, null), 1, 2).complaints()).extracting(ComplaintView::id)
                .containsExactly("k-1");
    }

    @Test
    void k1_the_total_of_a_filtered_log_counts_only_what_matches() {
        assertThat(projection.log(new ComplaintLogFilter(null, "c-1", ComplaintCategory.PRODUCT, null), 0, 1).total()).isEqualTo(1);
    }

    @Test
    void k5_the_log_by_status_lists_only_that_status() {
        assertThat(projection.log(new ComplaintLogFilter(ComplaintStatus.FINAL_RESPONSE_ISSUED, null, null, null), 0, 100).complaints())
                .extracting(ComplaintView::id).containsExactly("k-2");
    }

    @Test
    void k1_the_log_of_one_client_lists_only_its_complaints() {
        assertThat(projection.log(new ComplaintLogFilter(null, "c-1", null, null), 0, 100).complaints()).extracting(ComplaintView::id)
                .containsExactly("k-3", "k-1");
    }

    @Test
    void k1_the_log_by_category_lists_only_that_category() {
        assertThat(projection.log(new ComplaintLogFilter(null, null, ComplaintCategory.STAFF, null), 0, 100).complaints()).extracting(ComplaintView::id)
                .containsExactly("k-2");
    }

    @Test
    void k7_the_log_of_complaints_not_awaiting_the_insurer() {
        assertThat(projection.log(new ComplaintLogFilter(null, null, null, false), 0, 100).complaints()).extracting(ComplaintView::id)
                .containsExactly("k-3", "k-1");
    }

    @Test
    void k1_the_log_oldest_first_runs_across_pages() {
        ComplaintsProjection.LogWindow oldestFirst = new ComplaintsProjection.LogWindow(null, null, true);

        assertThat(projection.log(ALL, oldestFirst, 0, 2).complaints()).extracting(ComplaintView::id)
                .containsExactly("k-1", "k-2");
        assertThat(projection.log(ALL, oldestFirst, 1, 2).complaints()).extracting(ComplaintView::id)
                .containsExactly("k-3");
    }

    @Test
    void k1_a_month_of_receipts_lists_only_the_complaints_received_in_it() {
        projection.on(logged("k-4", "c-1", ComplaintCategory.SERVICE, false, Instant.parse("2026-04-10T10:00:00Z")));

        assertThat(projection.log(ALL, receivedIn("2026-03"), 0, 100).complaints()).extracting(ComplaintView::id)
                .containsExactly("k-3", "k-2", "k-1");
        assertThat(projection.log(ALL, receivedIn("2026-04"), 0, 100).total()).isEqualTo(1);
    }

    @Test
    void k1_a_month_of_receipts_is_a_month_of_the_reporting_zone() {
        // 23:30 UTC on 31 March is 00:30 on 1 April in London (summer time)
        projection.on(logged("k-4", "c-1", ComplaintCategory.SERVICE, false, Instant.parse("2026-03-31T23:30:00Z")));

        assertThat(projection.log(ALL, receivedIn("2026-04"), 0, 100).complaints()).extracting(ComplaintView::id)
                .containsExactly("k-4");
    }

    @Test
    void k5_a_final_response_not_yet_accepted_or_rejected_closes_nothing() {
        assertThat(projection.closedIn(YearMonth.parse("2026-03"))).isZero();
    }

    @Test
    void k6_a_complaint_is_closed_in_the_month_its_final_response_is_accepted() {
        projection.on(new FinalResponseAcceptedEvent("k-2", APRIL));

        assertThat(projection.closedIn(YearMonth.parse("2026-03"))).isZero();
        assertThat(projection.log(ALL, closedIn("2026-04"), 0, 100).complaints()).extracting(ComplaintView::id)
                .containsExactly("k-2");
    }

    @Test
    void k6_a_rejected_complaint_stays_closed_in_the_month_of_its_rejection_when_referred_later() {
        projection.on(new FinalResponseRejectedEvent("k-2", "not enough", AT.plusSeconds(3600)));
        projection.on(new ComplaintReferredEvent("k-2", RedressBody.OMBUDSMAN, APRIL));

        assertThat(projection.closedIn(YearMonth.parse("2026-03"))).isEqualTo(1);
        assertThat(projection.closedIn(YearMonth.parse("2026-04"))).isZero();
    }

    @Test
    void k8_a_reopened_complaint_stays_counted_in_the_month_it_closed() {
        projection.on(new FinalResponseAcceptedEvent("k-2", AT.plusSeconds(3600)));
        projection.on(new ComplaintReopenedEvent("k-2", "same again", APRIL, 1));

        assertThat(projection.closedIn(YearMonth.parse("2026-03"))).isEqualTo(1);
    }

    @Test
    void k8_a_complaint_closed_twice_in_a_month_is_counted_once() {
        projection.on(new FinalResponseAcceptedEvent("k-2", AT.plusSeconds(3600)));
        projection.on(new ComplaintReopenedEvent("k-2", "same again", AT.plusSeconds(7200), 1));
        projection.on(new ComplaintAssessedEvent("k-2", AT.plusSeconds(7300), "again", 1));
        projection.on(new FinalResponseIssuedEvent("k-2", ComplaintOutcome.UPHELD, "more", AT.plusSeconds(7400), 1));
        projection.on(new FinalResponseAcceptedEvent("k-2", AT.plusSeconds(7500)));

        assertThat(projection.closedIn(YearMonth.parse("2026-03"))).isEqualTo(1);
    }

    @Test
    void k6_the_closings_of_a_month_filtered_by_client_keep_other_clients_out() {
        projection.on(new FinalResponseAcceptedEvent("k-2", APRIL));

        assertThat(projection.log(new ComplaintLogFilter(null, "c-1", null, null), closedIn("2026-04"), 0, 100)
                .complaints()).isEmpty();
    }

    @Test
    void k1_a_reset_empties_the_log() {
        projection.reset();
        assertThat(projection.log(new ComplaintLogFilter(null, null, null, null), 0, 100).complaints()).isEmpty();
    }

    private static ComplaintsProjection.LogWindow receivedIn(String month) {
        return new ComplaintsProjection.LogWindow(YearMonth.parse(month), null, false);
    }

    private static ComplaintsProjection.LogWindow closedIn(String month) {
        return new ComplaintsProjection.LogWindow(null, YearMonth.parse(month), false);
    }

    private static ComplaintLoggedEvent logged(String id, String clientId, ComplaintCategory category,
                                               boolean potentialClaim, Instant receivedAt) {
        return new ComplaintLoggedEvent(id, clientId, Channel.EMAIL, category, "slow", receivedAt, potentialClaim,
                EscalationLevel.ACCOUNT_MANAGER, Tier.GOLD);
    }
}
