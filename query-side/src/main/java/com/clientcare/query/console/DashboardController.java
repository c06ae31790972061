package com.clientcare.query.console;

import com.clientcare.query.account.ClientAccountsProjection;
import com.clientcare.query.complaint.ComplaintLogFilter;
import com.clientcare.query.complaint.ComplaintsProjection;
import com.clientcare.query.satisfaction.ReportingPeriods;
import com.clientcare.query.satisfaction.SatisfactionTrend;
import com.clientcare.query.satisfaction.TrendChart;
import com.clientcare.query.sla.ComplianceRate;
import com.clientcare.query.sla.ServiceLevelProjection;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.complaint.ComplaintStatus;
import com.clientcare.shared.satisfaction.FindSatisfactionTrendsQuery;
import com.clientcare.shared.satisfaction.Granularity;
import com.clientcare.shared.sla.ClockStatus;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The analysts' dashboard: every figure read from the projections' own per-month counts and lists, each linked
 * to the list behind it; nothing here reads a whole collection.
 */
@Controller
public class DashboardController {

    /** How far back the dashboard looks: a year of months, and the complaints of the last six. */
    private static final int MONTHS = 12;
    private static final int COMPLAINT_MONTHS = 6;
    private static final int LIST = 10;

    /** One month and rule of the compliance heat map, a cell per tier. */
    public record HeatRow(String month, String rule, List<HeatCell> tiers) {
    }

    /** A tier's compliance in the month ({@code rate} null where no clock of it was due) and its heat class. */
    public record HeatCell(ComplianceRate rate, String heat) {

        static HeatCell of(ComplianceRate rate) {
            return new HeatCell(rate, rate == null ? "heat-none" : heatOf(rate.rate()));
        }
    }

    /**
     * One month of the reporting zone: the complaints received in it, how many of those are open now, and the
     * complaints closed in it (K6, K8: the final response accepted or rejected).
     */
    public record ComplaintMonth(String month, long received, long open, long closed) {
    }

    private final ServiceLevelProjection serviceLevels;
    private final ComplaintsProjection complaints;
    private final ClientAccountsProjection accounts;
    private final QueryGateway queries;
    private final ReportingPeriods periods;
    private final Clock clock;

    public DashboardController(ServiceLevelProjection serviceLevels, ComplaintsProjection complaints,
                               ClientAccountsProjection accounts, QueryGateway queries, ReportingPeriods periods,
                               Clock clock) {
        this.serviceLevels = serviceLevels;
        this.complaints = complaints;
        this.accounts = accounts;
        this.queries = queries;
        this.periods = periods;
        this.clock = clock;
    }

    /** {@code tier} and {@code accountManager} narrow the satisfaction trends, as they do in the API (C7). */
    @GetMapping("/console")
    public String dashboard(@RequestParam(required = false) Tier tier,
                            @RequestParam(required = false) String accountManager, Model model) {
        String manager = accountManager == null || accountManager.isBlank() ? null : accountManager.strip();
        Instant now = clock.instant();
        YearMonth thisMonth = periods.monthOf(now);
        model.addAttribute("tiers", Tier.values());
        model.addAttribute("heatMap", heatMap(serviceLevels.compliance(), thisMonth.minusMonths(MONTHS - 1)));
        model.addAttribute("thisMonth", thisMonth.toString());
        model.addAttribute("breaches", serviceLevels.breaches(periods.start(thisMonth),
                periods.start(thisMonth.plusMonths(1)), null, null, 0, LIST));
        model.addAttribute("atRisk", serviceLevels.clocks(now, ClockStatus.AT_RISK, null, null, null, 0, LIST));
        FindSatisfactionTrendsQuery monthlyQuery = new FindSatisfactionTrendsQuery(Granularity.MONTH,
                periods.start(thisMonth.minusMonths(MONTHS - 1)), periods.start(thisMonth.plusMonths(1)), tier, manager);
        List<SatisfactionTrend> monthly = trends(monthlyQuery);
        model.addAttribute("satisfactionTier", tier);
        model.addAttribute("satisfactionManager", manager);
        model.addAttribute("monthlyTrends", monthly);
        model.addAttribute("monthlyChart", TrendChart.svg("CSAT and NPS by month", monthly));
        YearMonth quarterStart = thisMonth.minusMonths((thisMonth.getMonthValue() - 1) % 3 + 9L);
        model.addAttribute("quarterlyChart", TrendChart.svg("CSAT and NPS by quarter",
                trends(new FindSatisfactionTrendsQuery(Granularity.QUARTER, periods.start(quarterStart),
                        periods.start(thisMonth.plusMonths(1)), tier, manager))));
        model.addAttribute("complaintMonths", complaintMonths(thisMonth));
        model.addAttribute("openComplaints", complaints.log(
                new ComplaintLogFilter(ComplaintStatus.OPEN, null, null, null), 0, 1).total());
        model.addAttribute("awaitingInsurer", complaints.log(
                new ComplaintLogFilter(null, null, null, true), 0, 1).total());
        model.addAttribute("moneyHeld", accounts.held());
        return "console/dashboard";
    }

    private List<SatisfactionTrend> trends(FindSatisfactionTrendsQuery query) {
        return queries.query(query, ResponseTypes.multipleInstancesOf(SatisfactionTrend.class)).join();
    }

    private List<ComplaintMonth> complaintMonths(YearMonth thisMonth) {
        List<ComplaintMonth> months = new ArrayList<>();
        for (int back = COMPLAINT_MONTHS - 1; back >= 0; back--) {
            YearMonth month = thisMonth.minusMonths(back);
            long open = complaints.log(new ComplaintLogFilter(ComplaintStatus.OPEN, null, null, null),
                    new ComplaintsProjection.LogWindow(month, null, false), 0, 1).total();
            months.add(new ComplaintMonth(month.toString(), sum(complaints.receivedIn(month)), open,
                    complaints.closedIn(month)));
        }
        return months;
    }

    private static int sum(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Newest month first, rules in order; the months before {@code since} are left out. */
    static List<HeatRow> heatMap(List<ComplianceRate> rates, YearMonth since) {
        Map<String, ComplianceRate[]> rows = new LinkedHashMap<>();
        rates.stream()
                .filter(rate -> !YearMonth.parse(rate.month()).isBefore(since))
                .sorted(Comparator.comparing(ComplianceRate::month).reversed()
                        .thenComparing(rate -> rate.rule().name()))
                .forEach(rate -> rows.computeIfAbsent(rate.month() + "|" + rate.rule(),
                        key -> new ComplianceRate[Tier.values().length])[rate.tier().ordinal()] = rate);
        return rows.entrySet().stream().map(row -> {
            String[] key = row.getKey().split("\\|");
            return new HeatRow(key[0], key[1], Arrays.stream(row.getValue()).map(HeatCell::of).toList());
        }).toList();
    }

    /** A heat-map class for a rate: the lower the compliance, the hotter. */
    static String heatOf(BigDecimal rate) {
        double value = rate.doubleValue();
        return value >= 0.95 ? "heat-0" : value >= 0.8 ? "heat-1" : value >= 0.5 ? "heat-2" : "heat-3";
    }
}
