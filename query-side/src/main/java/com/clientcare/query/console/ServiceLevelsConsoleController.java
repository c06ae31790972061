package com.clientcare.query.console;

import com.clientcare.query.satisfaction.ReportingPeriods;
import com.clientcare.query.sla.ServiceLevelProjection;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.sla.ClockStatus;
import com.clientcare.shared.sla.ServiceLevelRule;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.YearMonth;

/** The lists behind the dashboard's service-level figures (S1..S7): clocks by status and rule, breaches by month. */
@Controller
public class ServiceLevelsConsoleController {

    private final ServiceLevelProjection serviceLevels;
    private final ReportingPeriods periods;
    private final Clock clock;

    public ServiceLevelsConsoleController(ServiceLevelProjection serviceLevels, ReportingPeriods periods,
                                          Clock clock) {
        this.serviceLevels = serviceLevels;
        this.periods = periods;
        this.clock = clock;
    }

    @GetMapping("/console/service-levels")
    public String clocks(@RequestParam(required = false) ClockStatus status,
                         @RequestParam(required = false) ServiceLevelRule rule,
                         @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size,
                         Model model) {
        ConsolePaging paging = ConsolePaging.of(page, size);
        ServiceLevelProjection.ClockPage found = serviceLevels.clocks(clock.instant(), status, null, null, rule,
                paging.page(), paging.size());
        model.addAttribute("title", "Clocks" + (status == null ? "" : " " + status) + (rule == null ? "" : ", " + rule));
        return list(found, paging, model);
    }

    @GetMapping("/console/service-levels/breaches")
    public String breaches(@RequestParam YearMonth month, @RequestParam(required = false) ServiceLevelRule rule,
                           @RequestParam(required = false) Tier tier,
                           @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size,
                           Model model) {
        ConsolePaging paging = ConsolePaging.of(page, size);
        ServiceLevelProjection.ClockPage found = serviceLevels.breaches(periods.start(month),
                periods.start(month.plusMonths(1)), rule, tier, paging.page(), paging.size());
        model.addAttribute("title", "Breaches due in " + month + (rule == null ? "" : ", " + rule)
                + (tier == null ? "" : ", " + tier));
        return list(found, paging, model);
    }

    private static String list(ServiceLevelProjection.ClockPage found, ConsolePaging paging, Model model) {
        model.addAttribute("clocks", found.clocks());
        model.addAttribute("paging", paging.of(found.total()));
        return "console/clocks";
    }
}
