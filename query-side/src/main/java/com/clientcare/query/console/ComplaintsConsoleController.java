package com.clientcare.query.console;

import com.clientcare.query.audit.AuditLog;
import com.clientcare.query.complaint.ComplaintLogFilter;
import com.clientcare.query.complaint.ComplaintLogRow;
import com.clientcare.query.complaint.ComplaintView;
import com.clientcare.query.complaint.ComplaintsProjection;
import com.clientcare.query.complaint.ComplaintsProjection.LogWindow;
import com.clientcare.query.infra.CsvTable;
import com.clientcare.query.sla.ClockView;
import com.clientcare.query.sla.ServiceLevelProjection;
import com.clientcare.shared.complaint.ComplaintCategory;
import com.clientcare.shared.complaint.ComplaintStatus;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

/** The complaints log (K1..K8) page by page, and one complaint with its facts, clocks (S2, S4, S5) and escalations. */
@Controller
public class ComplaintsConsoleController {

    /** The window of the log a page shows, as its address gives it: no order given is newest first. */
    public record Window(YearMonth receivedIn, YearMonth closedIn, Boolean oldestFirst) {

        public Window {
            oldestFirst = Boolean.TRUE.equals(oldestFirst);
        }

        LogWindow ofLog() {
            return new LogWindow(receivedIn, closedIn, oldestFirst);
        }
    }

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

    /** A filter left empty in the form is no filter (an empty client id would select no client's list). */
    @InitBinder
    void blankIsNone(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    /**
     * The log, or the complaints received or closed in a month (the dashboard's figures), in order of receipt, newest
     * or oldest first, across all pages.
     */
    @GetMapping("/console/complaints")
    public String log(ComplaintLogFilter filter, Window window, @RequestParam(defaultValue = "0") int page,
                      @RequestParam(defaultValue = "25") int size, Model model) {
        ConsolePaging paging = ConsolePaging.of(page, size);
        ComplaintsProjection.LogPage found = complaints.log(filter, window.ofLog(), paging.page(), paging.size());
        model.addAttribute("filter", filter);
        model.addAttribute("window", window);
        model.addAttribute("statuses", ComplaintStatus.values());
        model.addAttribute("categories", ComplaintCategory.values());
        model.addAttribute("complaints", found.complaints());
        model.addAttribute("paging", paging.of(found.total()));
        model.addAttribute("reversed", ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("oldestFirst", !window.oldestFirst()).replaceQueryParam("page").toUriString());
        model.addAttribute("csv", ServletUriComponentsBuilder.fromCurrentRequest()
                .replacePath("/console/complaints/export.csv").toUriString());
        return "console/complaints";
    }

    /** The page on screen as CSV: the same window, filters, order and page. */
    @GetMapping(value = "/console/complaints/export.csv", produces = "text/csv")
    public ResponseEntity<String> csv(ComplaintLogFilter filter, Window window,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "25") int size) {
        ConsolePaging paging = ConsolePaging.of(page, size);
        List<ComplaintLogRow> rows = complaints.log(filter, window.ofLog(), paging.page(), paging.size()).complaints().stream()
                .map(ComplaintLogRow::of).toList();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"complaints.csv\"")
                .body(CsvTable.of(ComplaintLogRow.class, rows));
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
