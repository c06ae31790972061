package com.clientcare.query.console;

import com.clientcare.query.audit.IntegrityController;
import com.clientcare.query.audit.ProjectionAdminController;
import com.clientcare.query.audit.ReplayController;
import com.clientcare.query.infra.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * For auditors: the hash chain's verification, started as a background check (it reads the whole log: at a million
 * events longer than a request may take, #16) and followed by its id, and the projections with how far each is behind
 * the log, and replays with their progress and comparison; only ADMIN is offered the button that starts one. Both
 * buttons post to the audit API, which checks the role itself.
 */
@Controller
public class OperationsConsoleController {

    private final IntegrityController integrity;
    private final ProjectionAdminController projections;
    private final ReplayController replays;

    public OperationsConsoleController(IntegrityController integrity, ProjectionAdminController projections,
                                       ReplayController replays) {
        this.integrity = integrity;
        this.projections = projections;
        this.replays = replays;
    }

    @GetMapping("/console/audit/integrity")
    public String integrity(@RequestParam(required = false) String check, Model model) {
        if (check != null && !check.isBlank()) {
            try {
                model.addAttribute("check", integrity.check(check.strip()));
            } catch (NotFound e) {
                throw new ConsoleNotFound("integrity check", check);
            }
        }
        return "console/integrity";
    }

    @GetMapping("/console/audit/projections")
    public String projections(@RequestParam(required = false) String replay, Model model) {
        model.addAttribute("statuses", projections.statuses());
        model.addAttribute("replayable", replays.projections());
        if (replay != null && !replay.isBlank()) {
            try {
                model.addAttribute("replay", replays.report(replay.strip()));
            } catch (NotFound e) {
                throw new ConsoleNotFound("replay", replay);
            }
        }
        return "console/projections";
    }
}
