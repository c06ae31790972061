package com.clientcare.query.console;

import com.clientcare.query.audit.AuditEvent;
import com.clientcare.query.audit.AuditFilter;
import com.clientcare.query.audit.AuditLog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;

/**
 * The event log for auditors, straight from the event store in global order: filters, paging on by the global
 * index (as the audit API does), who and which correlation for each event, and a correlation's whole story.
 */
@Controller
public class AuditConsoleController {

    private static final int PAGE = 50;

    private final AuditLog log;

    public AuditConsoleController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/console/audit")
    public String audit() {
        return "redirect:/console/audit/events";
    }

    @GetMapping("/console/audit/events")
    public String events(@RequestParam(required = false) String aggregateId,
                         @RequestParam(required = false) String type,
                         @RequestParam(required = false) String user,
                         @RequestParam(required = false) String correlationId,
                         @RequestParam(required = false) Long after, Model model) {
        AuditFilter filter = new AuditFilter(blankToNull(aggregateId), blankToNull(type), null, null,
                blankToNull(user), blankToNull(correlationId), after, PAGE);
        List<AuditEvent> events = log.page(filter);
        model.addAttribute("filter", filter);
        model.addAttribute("events", events);
        model.addAttribute("next", events.size() == PAGE ? events.get(events.size() - 1).globalIndex() : null);
        return "console/audit-events";
    }

    @GetMapping("/console/audit/correlations/{correlationId}")
    public String correlation(@PathVariable String correlationId, Model model) {
        model.addAttribute("correlationId", correlationId);
        model.addAttribute("events", log.page(new AuditFilter(null, null, null, null, null, correlationId, null,
                PAGE * 20)));
        return "console/audit-correlation";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
