package com.clientcare.query.console;

import com.clientcare.query.sla.ClockView;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.sla.ClockStatus;
import com.clientcare.shared.sla.ServiceLevelRule;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClockTimelineTest {

    private static final ConsoleTimes LONDON = new ConsoleTimes(ZoneId.of("Europe/London"));

    @Test
    void s7_a_breached_clock_is_drawn_with_its_deadline_and_breach_in_the_reporting_zone() {
        ClockView s5 = new ClockView("S5:complaint:x:0", ServiceLevelRule.S5, "x", "c", "x", Tier.GOLD,
                Instant.parse("2026-06-01T09:00:00Z"), Instant.parse("2026-06-29T09:00:00Z"),
                Instant.parse("2026-06-22T03:00:00Z"), 1, ClockStatus.BREACHED, null,
                Instant.parse("2026-06-29T09:00:00Z"), false);

        String svg = ClockTimeline.svg(List.of(s5), Instant.parse("2026-07-01T00:00:00Z"), LONDON);

        assertThat(svg).contains("data-rule=\"S5\" data-status=\"BREACHED\" data-deadline=\"2026-06-29T09:00:00Z\"")
                .contains("<title>deadline 2026-06-29 10:00 BST</title>")
                .contains("<title>breached 2026-06-29 10:00 BST</title>")
                .contains("<title>at risk from 2026-06-22 04:00 BST</title>")
                .doesNotContain("class=\"stop\"");
    }

    @Test
    void s7_a_met_clock_is_drawn_with_its_stop_and_no_breach() {
        ClockView s2 = new ClockView("S2:complaint:x:0", ServiceLevelRule.S2, "x", "c", "x", Tier.GOLD,
                Instant.parse("2026-01-05T09:00:00Z"), Instant.parse("2026-01-06T17:00:00Z"),
                Instant.parse("2026-01-06T11:00:00Z"), 1, ClockStatus.MET, Instant.parse("2026-01-05T15:00:00Z"),
                null, false);

        String svg = ClockTimeline.svg(List.of(s2), Instant.parse("2026-01-07T00:00:00Z"), LONDON);

        assertThat(svg).contains("<title>stopped 2026-01-05 15:00 GMT</title>").doesNotContain("class=\"breach\"");
    }
}
