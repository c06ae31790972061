package com.clientcare.query.console;

import com.clientcare.query.audit.AuditLog;
import com.clientcare.query.complaint.ComplaintLogFilter;
import com.clientcare.query.complaint.ComplaintView;
import com.clientcare.query.complaint.ComplaintsProjection;
import com.clientcare.query.sla.ClockView;
import com.clientcare.query.sla.ServiceLevelProjection;
import com.clientcare.shared.complaint.ComplaintCategory;
import com.clientcare.shared.complaint.ComplaintStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** The complaints log (K1..K8) page by page, and one complaint with its facts, clocks (S2, S4, S5) and escalations. */
@Controller
public class ComplaintsConsoleController {

    /** A complaint's clocks: three per cycle, so a page of this many holds every cycle a complaint will have. */
    private static final int CLOCKS = 300;

    private final ComplaintsProjection complaints;
    private final ServiceLevelProjection serviceLevels;
    private final AuditLog auditLog;
    private final ConsoleTimes times;
    private final Clock clock;

    public ComplaintsConsoleController(ComplaintsProjection complaints, ServiceLevelProjection serviceLevels,
                                       AuditLog auditLog, ConsoleTimes times, Clock clock) {
        this.complaints = complaints;
        this.serviceLevels = serviceLevels;
        this.auditLog = auditLog;
        this.times = times;
        this.clock = clock;
    }

    @GetMapping("/console/complaints")
    public String log(ComplaintLogFilter filter, @RequestParam(defaultValue = "0") int page,
                      @RequestParam(defaultValue = "25") int size, Model model) {
        ConsolePaging paging = ConsolePaging.of(page, size);
        ComplaintsProjection.LogPage found = complaints.log(filter, paging.page(), paging.size());
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", ComplaintStatus.values());
        model.addAttribute("categories", ComplaintCategory.values());
        model.addAttribute("complaints", found.complaints());
        model.addAttribute("paging", paging.of(found.total()));
        model.addAttribute("csv", ServletUriComponentsBuilder.fromCurrentRequest().replacePath("/api/complaints/export.csv")
                .toUriString());
        return "console/complaints";
    }

    @GetMapping("/console/complaints/{id}")
    public String complaint(@PathVariable String id, Model model) {
        ComplaintView complaint = complaints.complaint(id).orElseThrow(() -> new ConsoleNotFound("complaint", id));
        Instant now = clock.instant();
        List<ClockView> clocks = serviceLevels.clocks(now, null, null, id, null, 0, CLOCKS).clocks().stream()
                .sorted(Comparator.comparing(ClockView::startedAt).thenComparing(ClockView::rule))
                .toList();
        model.addAttribute("complaint", complaint);
        model.addAttribute("clocks", clocks);
        model.addAttribute("timeline", ClockTimeline.svg(clocks, now, times));
        model.addAttribute("history", auditLog.history(id));
        return "console/complaint";
    }
}
