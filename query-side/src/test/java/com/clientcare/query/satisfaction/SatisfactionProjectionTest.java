package com.clientcare.query.satisfaction;

import com.clientcare.query.infra.CsvTable;
import com.clientcare.query.infra.InMemoryMongo;
import com.clientcare.shared.client.FeedbackContext;
import com.clientcare.shared.client.FeedbackReceivedEvent;
import com.clientcare.shared.client.PersonalDataErasedEvent;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.satisfaction.FindSatisfactionTrendsQuery;
import com.clientcare.shared.satisfaction.Granularity;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * C7 trends against a hand computation. January 2026 (London = UTC in winter):
 * CSAT 5, 4, 2 -> 11 / 3 = 3.67; NPS 10, 9, 7, 3 -> promoters 2, passives 1, detractors 1 -> (2 - 1) / 4 = 25.0.
 * February: one answer, CSAT 1 only -> NPS null. March: nothing -> an empty row. April: NPS 6 -> -100.0.
 */
class SatisfactionProjectionTest {

    private InMemoryMongo mongo;
    private SatisfactionProjection projection;

    @BeforeEach
    void setUp() {
        mongo = new InMemoryMongo();
        projection = new SatisfactionProjection(mongo.database("test"),
                new ObjectMapper().registerModule(new JavaTimeModule()),
                new SatisfactionTrends(new ReportingPeriods(ZoneId.of("Europe/London"))));
        answerAll();
    }

    private void answerAll() {
        feedback("f1", 5, 10, "great", "2026-01-05T10:00:00Z", Tier.GOLD, "alice");
        feedback("f2", 4, 9, null, "2026-01-10T10:00:00Z", Tier.GOLD, "alice");
        feedback("f3", 2, 7, " ", "2026-01-20T10:00:00Z", Tier.SILVER, "bob");
        feedback("f4", null, 3, "slow", "2026-01-31T23:30:00Z", Tier.SILVER, "bob");
        feedback("f5", 1, null, "bad", "2026-02-14T10:00:00Z", Tier.GOLD, "alice");
        feedback("f6", null, 6, null, "2026-04-30T22:30:00Z", Tier.GOLD, "alice");
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void c7_monthly_trends_match_the_hand_computation() {
        List<SatisfactionTrend> trends = projection.handle(query(Granularity.MONTH, null, null, null));

        assertThat(trends).extracting(SatisfactionTrend::period).containsExactly("2026-01", "2026-02", "2026-03", "2026-04");
        SatisfactionTrend january = trends.get(0);
        assertThat(january.responses()).isEqualTo(4);
        assertThat(january.csatResponses()).isEqualTo(3);
        assertThat(january.csatAverage()).isEqualByComparingTo("3.67");
        assertThat(january.npsResponses()).isEqualTo(4);
        assertThat(january.promoters()).isEqualTo(2);
        assertThat(january.passives()).isEqualTo(1);
        assertThat(january.detractors()).isEqualTo(1);
        assertThat(january.npsScore()).isEqualByComparingTo("25.0");
        assertThat(january.comments()).isEqualTo(2);
        assertThat(trends.get(1).csatAverage()).isEqualByComparingTo("1.00");
        assertThat(trends.get(1).npsScore()).isNull();
        assertThat(trends.get(2).responses()).isZero();
        assertThat(trends.get(3).npsScore()).isEqualByComparingTo("-100.0");
    }

    /** #16: the tallies per month are kept by the projection, so a rebuild must give them again exactly. */
    @Test
    void c7_a_replay_from_the_start_gives_the_same_monthly_and_quarterly_trends() {
        List<SatisfactionTrend> months = projection.handle(query(Granularity.MONTH, null, null, null));
        List<SatisfactionTrend> quarters = projection.handle(query(Granularity.QUARTER, null, null, "alice"));

        projection.reset();
        answerAll();

        assertThat(projection.handle(query(Granularity.MONTH, null, null, null))).isEqualTo(months);
        assertThat(projection.handle(query(Granularity.QUARTER, null, null, "alice"))).isEqualTo(quarters);
    }

    /** A batch handled again after a failure (README: processors retry the batch) counts each answer once. */
    @Test
    void c7_answers_handled_again_count_once_in_the_monthly_tallies() {
        List<SatisfactionTrend> months = projection.handle(query(Granularity.MONTH, null, null, null));

        answerAll();

        assertThat(projection.handle(query(Granularity.MONTH, null, null, null))).isEqualTo(months);
    }

    /** A range cut inside a month counts that part from its answers, the whole months from their tallies. */
    @Test
    void c7_a_range_starting_inside_a_month_counts_only_the_answers_from_then() {
        List<SatisfactionTrend> trends = projection.handle(
                query(Granularity.MONTH, Instant.parse("2026-01-15T00:00:00Z"), Instant.parse("2026-03-01T00:00:00Z"), null));

        assertThat(trends).extracting(SatisfactionTrend::period, SatisfactionTrend::responses)
                .containsExactly(tuple("2026-01", 2), tuple("2026-02", 1));
    }

    @Test
    void c7_an_answer_late_on_30_april_utc_falls_in_may_in_london_summer_time() {
        feedback("f7", 5, null, null, "2026-04-30T23:30:00Z", Tier.GOLD, "alice");

        List<SatisfactionTrend> trends = projection.handle(query(Granularity.MONTH, null, null, null));

        assertThat(trends.get(trends.size() - 1).period()).isEqualTo("2026-05");
    }

    @Test
    void c7_quarterly_trends_by_tier_and_range() {
        List<SatisfactionTrend> gold = projection.handle(new FindSatisfactionTrendsQuery(Granularity.QUARTER,
                // London midnights: 1 January is GMT, 1 July is BST
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-06-30T23:00:00Z"), Tier.GOLD, null));

        assertThat(gold).extracting(SatisfactionTrend::period).containsExactly("2026-Q1", "2026-Q2");
        // Q1 gold: CSAT 5, 4, 1 -> 3.33; NPS 10, 9 -> 100.0. Q2 gold: NPS 6 -> -100.0
        assertThat(gold.get(0).responses()).isEqualTo(3);
        assertThat(gold.get(0).csatAverage()).isEqualByComparingTo("3.33");
        assertThat(gold.get(0).npsScore()).isEqualByComparingTo("100.0");
        assertThat(gold.get(1).npsScore()).isEqualByComparingTo("-100.0");
    }

    @Test
    void c7_trends_by_account_manager() {
        List<SatisfactionTrend> bob = projection.handle(query(Granularity.MONTH, null, null, "bob"));

        assertThat(bob).hasSize(1);
        assertThat(bob.get(0).csatAverage()).isEqualByComparingTo("2.00");
        assertThat(bob.get(0).npsScore()).isEqualByComparingTo("-50.0");
    }

    @Test
    void c8_erasure_keeps_the_scores_and_blanks_the_comments() {
        projection.on(new PersonalDataErasedEvent("c-f1", "request", Instant.parse("2026-05-01T00:00:00Z")));

        SatisfactionTrend january = projection.handle(query(Granularity.MONTH, null, null, null)).get(0);
        assertThat(january.csatAverage()).isEqualByComparingTo("3.67");
        assertThat(january.comments()).isEqualTo(2);
    }

    @Test
    void the_csv_has_a_header_and_a_row_per_period_and_the_chart_is_well_formed_svg() throws Exception {
        List<SatisfactionTrend> trends = projection.handle(query(Granularity.QUARTER, null, null, null));

        String csv = CsvTable.of(SatisfactionTrend.class, trends);
        assertThat(csv.split("\r\n")).containsExactly(
                "period,responses,csatResponses,csatAverage,npsResponses,promoters,passives,detractors,npsScore,comments",
                "2026-Q1,5,4,3.00,4,2,1,1,25.0,3",
                "2026-Q2,1,0,,1,0,0,1,-100.0,0");

        String svg = TrendChart.svg("Client satisfaction by quarter", trends);
        Document chart = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(chart.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(chart.getElementsByTagName("circle").getLength()).isEqualTo(3);
        assertThat(svg).contains("2026-Q1", "n=5", "2026-Q2", "n=1");
    }

    private void feedback(String id, Integer csat, Integer nps, String comment, String at, Tier tier, String manager) {
        projection.on(new FeedbackReceivedEvent("c-" + id, id, csat, nps, comment, FeedbackContext.PERIODIC,
                Instant.parse(at), tier, manager));
    }

    private static FindSatisfactionTrendsQuery query(Granularity granularity, Instant from, Instant to, String manager) {
        return new FindSatisfactionTrendsQuery(granularity, from, to, null, manager);
    }

}
