package com.clientcare.query.sla;

import com.clientcare.query.infra.InMemoryMongo;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.sla.ClockMetEvent;
import com.clientcare.shared.sla.ClockStatus;
import com.clientcare.shared.sla.ClockStoppedLateEvent;
import com.clientcare.shared.sla.ServiceLevelRule;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static com.clientcare.query.sla.ServiceLevelHistory.breached;
import static com.clientcare.query.sla.ServiceLevelHistory.started;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** The service-level clocks' filters and breach ranges (#15, S7): each selects what it names, ends from both sides. */
class ServiceLevelFiltersTest {

    private static final Instant START = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2026-03-03T10:00:00Z");
    private static final Instant LATER_DEADLINE = Instant.parse("2026-03-04T10:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-02T11:00:00Z");

    @AutoClose
    private final InMemoryMongo mongo = new InMemoryMongo();
    private final ServiceLevelProjection projection = ServiceLevelHistory.projection(mongo, ZoneOffset.UTC);

    @BeforeEach
    void setUp() {
        projection.on(started("S1:interaction:c-1:i-1", ServiceLevelRule.S1, "c-1", null, Tier.GOLD, START, DEADLINE));
        projection.on(started("S4:complaint:k-1:0", ServiceLevelRule.S4, "c-2", "k-1", Tier.SILVER,
                START.plusSeconds(60), DEADLINE));
        projection.on(started("S5:complaint:k-1:0", ServiceLevelRule.S5, "c-2", "k-1", null, START.plusSeconds(120),
                LATER_DEADLINE));
        projection.on(new ClockMetEvent("S1:interaction:c-1:i-1", ServiceLevelRule.S1, "i-1", NOW));
        projection.on(breached("S4:complaint:k-1:0", ServiceLevelRule.S4, "c-2", "k-1", Tier.SILVER, DEADLINE));
        projection.on(breached("S5:complaint:k-1:0", ServiceLevelRule.S5, "c-2", "k-1", null, LATER_DEADLINE));
    }

    @Test
    void s7_clocks_by_status() {
        assertThat(projection.clocks(NOW, ClockStatus.MET, null, null, null, 0, 100).clocks()).extracting(ClockView::clockId)
                .containsExactly("S1:interaction:c-1:i-1");
    }

    @Test
    void s7_clocks_of_one_client() {
        assertThat(projection.clocks(NOW, null, "c-1", null, null, 0, 100).clocks()).extracting(ClockView::clockId)
                .containsExactly("S1:interaction:c-1:i-1");
    }

    @Test
    void s7_clocks_of_one_complaint_newest_first() {
        assertThat(projection.clocks(NOW, null, null, "k-1", null, 0, 100).clocks()).extracting(ClockView::clockId)
                .containsExactly("S5:complaint:k-1:0", "S4:complaint:k-1:0");
    }

    @Test
    void s7_the_first_page_of_clocks_holds_the_newest_and_the_total_counts_all() {
        ServiceLevelProjection.ClockPage first = projection.clocks(NOW, null, null, null, null, 0, 1);

        assertThat(first.clocks()).extracting(ClockView::clockId).containsExactly("S5:complaint:k-1:0");
        assertThat(first.total()).isEqualTo(3);
    }

    @Test
    void s7_the_last_page_of_clocks_holds_the_oldest() {
        assertThat(projection.clocks(NOW, null, null, null, null, 2, 1).clocks()).extracting(ClockView::clockId)
                .containsExactly("S1:interaction:c-1:i-1");
    }

    @Test
    void s7_a_page_of_breaches_counts_them_all() {
        assertThat(projection.breaches(null, null, null, null, 0, 1).total()).isEqualTo(2);
    }

    @Test
    void s7_clocks_of_one_rule() {
        assertThat(projection.clocks(NOW, null, null, null, ServiceLevelRule.S4, 0, 100).clocks()).extracting(ClockView::clockId)
                .containsExactly("S4:complaint:k-1:0");
    }

    @Test
    void s7_breaches_from_an_instant_include_one_at_that_instant() {
        assertThat(projection.breaches(DEADLINE, null, null, null, 0, 100).clocks()).extracting(ClockView::clockId)
                .containsExactly("S4:complaint:k-1:0", "S5:complaint:k-1:0");
    }

    @Test
    void s7_breaches_from_just_after_an_instant_leave_it_out() {
        assertThat(projection.breaches(DEADLINE.plusSeconds(1), null, null, null, 0, 100).clocks()).extracting(ClockView::clockId)
                .containsExactly("S5:complaint:k-1:0");
    }

    @Test
    void s7_breaches_up_to_an_instant_leave_one_at_that_instant_out() {
        assertThat(projection.breaches(null, LATER_DEADLINE, null, null, 0, 100).clocks()).extracting(ClockView::clockId)
                .containsExactly("S4:complaint:k-1:0");
    }

    @Test
    void s7_breaches_of_one_rule() {
        assertThat(projection.breaches(null, null, ServiceLevelRule.S5, null, 0, 100).clocks()).extracting(ClockView::clockId)
                .containsExactly("S5:complaint:k-1:0");
    }

    @Test
    void s7_breaches_of_one_tier() {
        assertThat(projection.breaches(null, null, null, Tier.SILVER, 0, 100).clocks()).extracting(ClockView::clockId)
                .containsExactly("S4:complaint:k-1:0");
    }

    /** #16: compliance is a per-month count kept by the projection; handling the closing events again keeps it. */
    @Test
    void s7_clock_outcomes_handled_again_count_once_in_compliance() {
        List<ComplianceRate> before = projection.compliance();

        projection.on(new ClockMetEvent("S1:interaction:c-1:i-1", ServiceLevelRule.S1, "i-1", NOW));
        projection.on(breached("S4:complaint:k-1:0", ServiceLevelRule.S4, "c-2", "k-1", Tier.SILVER, DEADLINE));

        assertThat(projection.compliance()).isEqualTo(before);
    }

    @Test
    void s7_compliance_counts_only_clocks_with_an_outcome_per_rule_and_tier() {
        projection.on(started("S2:complaint:k-2:0", ServiceLevelRule.S2, "c-3", "k-2", Tier.GOLD, START, DEADLINE));

        assertThat(projection.compliance()).extracting(ComplianceRate::rule, ComplianceRate::tier,
                        ComplianceRate::met, ComplianceRate::breached)
                .containsExactly(
                        tuple(ServiceLevelRule.S1, Tier.GOLD, 1, 0),
                        tuple(ServiceLevelRule.S4, Tier.SILVER, 0, 1),
                        tuple(ServiceLevelRule.S5, null, 0, 1));
    }

    @Test
    void s7_compliance_orders_the_tiers_of_a_rule_by_name_a_clock_without_tier_first() {
        for (Tier tier : Tier.values()) {
            String clockId = "S5:complaint:k-" + tier + ":0";
            projection.on(started(clockId, ServiceLevelRule.S5, "c-3", "k-" + tier, tier, START, LATER_DEADLINE));
            projection.on(new ClockMetEvent(clockId, ServiceLevelRule.S5, "k-" + tier, NOW));
        }

        assertThat(projection.compliance()).filteredOn(rate -> rate.rule() == ServiceLevelRule.S5)
                .extracting(ComplianceRate::tier)
                .containsExactly(null, Tier.BRONZE, Tier.GOLD, Tier.PLATINUM, Tier.SILVER);
    }

    @Test
    void s7_a_late_stop_shows_when_the_breached_clock_stopped() {
        Instant late = DEADLINE.plusSeconds(3600);
        projection.on(new ClockStoppedLateEvent("S4:complaint:k-1:0", ServiceLevelRule.S4, "k-1", late));

        assertThat(projection.clocks(NOW, null, null, null, ServiceLevelRule.S4, 0, 100).clocks()).extracting(ClockView::status,
                ClockView::stoppedAt).containsExactly(tuple(ClockStatus.BREACHED, late));
    }

    @Test
    void s7_the_compliance_rate_is_met_over_met_and_breached() {
        projection.on(started("S4:complaint:k-2:0", ServiceLevelRule.S4, "c-3", "k-2", Tier.SILVER, START, DEADLINE));
        projection.on(new ClockMetEvent("S4:complaint:k-2:0", ServiceLevelRule.S4, "k-2", NOW));
        projection.on(started("S4:complaint:k-3:0", ServiceLevelRule.S4, "c-3", "k-3", Tier.SILVER, START, DEADLINE));
        projection.on(new ClockMetEvent("S4:complaint:k-3:0", ServiceLevelRule.S4, "k-3", NOW));

        ComplianceRate s4 = projection.compliance().stream()
                .filter(rate -> rate.rule() == ServiceLevelRule.S4).findFirst().orElseThrow();
        assertThat(s4.met()).isEqualTo(2);
        assertThat(s4.breached()).isEqualTo(1);
        assertThat(s4.rate()).isEqualByComparingTo("0.6667");
    }
}
