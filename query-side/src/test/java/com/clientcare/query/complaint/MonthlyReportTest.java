package com.clientcare.query.complaint;

import com.clientcare.query.satisfaction.ReportingPeriods;
import com.clientcare.query.infra.InMemoryMongo;
import com.clientcare.query.report.MonthlyReport;
import com.clientcare.query.report.MonthlyReports;
import com.clientcare.query.report.ReportController;
import com.clientcare.query.sla.ServiceLevelProjection;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.common.Channel;
import com.clientcare.shared.complaint.ComplaintAssessedEvent;
import com.clientcare.shared.complaint.ComplaintCategory;
import com.clientcare.shared.complaint.ComplaintLoggedEvent;
import com.clientcare.shared.complaint.ComplaintOutcome;
import com.clientcare.shared.complaint.ComplaintReopenedEvent;
import com.clientcare.shared.complaint.EscalationLevel;
import com.clientcare.shared.complaint.FinalResponseIssuedEvent;
import com.clientcare.shared.complaint.FinalResponseRejectedEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The monthly report against a hand computation: final responses after 2, 10 and 20 days -> median 10, p90 20. */
class MonthlyReportTest {

    private final InMemoryMongo mongo = new InMemoryMongo();
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
    private final ReportingPeriods periods = new ReportingPeriods(ZoneId.of("Europe/London"));
    private final ComplaintsProjection complaints = new ComplaintsProjection(mongo.database("test"), mapper, periods);
    private final MonthlyReports reports = new MonthlyReports(complaints,
            new ServiceLevelProjection(mongo.database("test"), mapper, periods));

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    /** The CSV endpoint as it runs: its query answered by {@code reports} through a query bus. */
    private ReportController controller() {
        SimpleQueryBus bus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(reports).subscribe(bus);
        return new ReportController(DefaultQueryGateway.builder().queryBus(bus).build());
    }

    /** #16: the report reads per-month counts the projection keeps; a rebuild from the start gives them again. */
    @Test
    void k1_k5_the_report_is_the_same_after_a_replay_from_the_start() {
        answerMarch();
        MonthlyReport live = reports.of(YearMonth.of(2026, 3));

        complaints.reset();
        answerMarch();

        assertThat(reports.of(YearMonth.of(2026, 3))).isEqualTo(live);
    }

    /** A batch handled again after a failure counts each complaint and final response once. */
    @Test
    void k1_k5_events_handled_again_count_once_in_the_report() {
        answerMarch();
        MonthlyReport live = reports.of(YearMonth.of(2026, 3));

        answerMarch();

        assertThat(reports.of(YearMonth.of(2026, 3))).isEqualTo(live);
    }

    private void answerMarch() {
        answered("k-1", ComplaintCategory.SERVICE, "2026-03-01T10:00:00Z", 2, ComplaintOutcome.UPHELD);
        answered("k-2", ComplaintCategory.SERVICE, "2026-03-02T10:00:00Z", 10, ComplaintOutcome.NOT_UPHELD);
    }

    @Test
    void counts_by_category_and_outcome_and_the_median_and_p90_days_to_final_response() {
        answered("k-1", ComplaintCategory.SERVICE, "2026-03-01T10:00:00Z", 2, ComplaintOutcome.UPHELD);
        answered("k-2", ComplaintCategory.SERVICE, "2026-03-02T10:00:00Z", 10, ComplaintOutcome.NOT_UPHELD);
        answered("k-3", ComplaintCategory.STAFF, "2026-03-03T10:00:00Z", 20, ComplaintOutcome.UPHELD);
        complaints.on(logged("k-4", ComplaintCategory.LEGAL, "2026-04-01T10:00:00Z"));

        MonthlyReport march = reports.of(YearMonth.of(2026, 3));

        assertThat(march.complaintsReceived()).isEqualTo(3);
        assertThat(march.receivedByCategory()).containsEntry("SERVICE", 2).containsEntry("STAFF", 1);
        assertThat(march.finalResponses()).isEqualTo(3);
        assertThat(march.finalResponsesByOutcome()).containsEntry("UPHELD", 2).containsEntry("NOT_UPHELD", 1);
        assertThat(march.medianDaysToFinalResponse()).isEqualByComparingTo("10.0");
        assertThat(march.p90DaysToFinalResponse()).isEqualByComparingTo("20.0");
        assertThat(reports.of(YearMonth.of(2026, 4)).complaintsReceived()).isEqualTo(1);
    }

    @Test
    void the_median_of_an_even_count_is_the_mean_of_the_two_middle_values_in_json_and_csv() {
        answered("k-1", ComplaintCategory.SERVICE, "2026-03-01T10:00:00Z", Duration.ofHours(5 * 24 + 12),
                ComplaintOutcome.UPHELD);
        answered("k-2", ComplaintCategory.SERVICE, "2026-03-01T10:00:00Z", Duration.ofDays(6), ComplaintOutcome.UPHELD);
        answered("k-3", ComplaintCategory.SERVICE, "2026-03-01T10:00:00Z", Duration.ofDays(20), ComplaintOutcome.UPHELD);
        answered("k-4", ComplaintCategory.SERVICE, "2026-03-02T10:00:00Z", Duration.ofDays(20), ComplaintOutcome.UPHELD);

        // 5.5, 6, 20, 20: (6 + 20) / 2
        assertThat(reports.of(YearMonth.of(2026, 3)).medianDaysToFinalResponse()).isEqualByComparingTo("13.0");
        assertThat(controller().monthlyCsv(YearMonth.of(2026, 3)).getBody())
                .contains("days to final response,median,13.0\r\n");
    }

    @Test
    void the_median_of_two_values_is_their_mean_rounded_to_one_decimal() {
        answered("k-1", ComplaintCategory.SERVICE, "2026-05-01T10:00:00Z", Duration.ofDays(2), ComplaintOutcome.UPHELD);
        answered("k-2", ComplaintCategory.SERVICE, "2026-05-01T10:00:00Z", Duration.ofMinutes(31_050),
                ComplaintOutcome.UPHELD);

        // 2.0 and 21.5625 (21 days 13 h 30 min): 11.78125 -> 11.8
        assertThat(reports.of(YearMonth.of(2026, 5)).medianDaysToFinalResponse()).isEqualByComparingTo("11.8");
        assertThat(controller().monthlyCsv(YearMonth.of(2026, 5)).getBody())
                .contains("days to final response,median,11.8\r\n");
    }

    @Test
    void k8_each_cycles_final_response_counts_timed_from_the_start_of_its_cycle() {
        answered("k-1", ComplaintCategory.SERVICE, "2026-02-01T10:00:00Z", 4, ComplaintOutcome.NOT_UPHELD);
        complaints.on(new FinalResponseRejectedEvent("k-1", "no", Instant.parse("2026-02-06T10:00:00Z")));
        complaints.on(new ComplaintReopenedEvent("k-1", "new facts", Instant.parse("2026-03-01T10:00:00Z"), 1));
        complaints.on(new ComplaintAssessedEvent("k-1", Instant.parse("2026-03-01T11:00:00Z"), "again", 1));
        complaints.on(new FinalResponseIssuedEvent("k-1", ComplaintOutcome.UPHELD, "refund",
                Instant.parse("2026-03-09T10:00:00Z"), 1));

        assertThat(reports.of(YearMonth.of(2026, 2))).extracting(MonthlyReport::finalResponses,
                MonthlyReport::medianDaysToFinalResponse).containsExactly(1, new BigDecimal("4.0"));
        assertThat(reports.of(YearMonth.of(2026, 3))).extracting(MonthlyReport::finalResponses,
                MonthlyReport::medianDaysToFinalResponse).containsExactly(1, new BigDecimal("8.0"));
    }

    private void answered(String id, ComplaintCategory category, String received, int days, ComplaintOutcome outcome) {
        answered(id, category, received, Duration.ofDays(days), outcome);
    }

    private void answered(String id, ComplaintCategory category, String received, Duration after,
                          ComplaintOutcome outcome) {
        complaints.on(logged(id, category, received));
        complaints.on(new FinalResponseIssuedEvent(id, outcome, "x", Instant.parse(received).plus(after), 0));
    }

    private static ComplaintLoggedEvent logged(String id, ComplaintCategory category, String received) {
        return new ComplaintLoggedEvent(id, "c-1", Channel.EMAIL, category, "d", Instant.parse(received), false,
                EscalationLevel.ACCOUNT_MANAGER, Tier.GOLD);
    }
}
