package com.clientcare.query.console;

import com.clientcare.eventstore.commitlog.CommitLogStorageEngine;
import com.clientcare.query.audit.ProjectionAdminController;
import com.clientcare.query.audit.ReplayController;
import com.clientcare.query.infra.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * For auditors: the hash chain's verification (run when asked: it reads the whole log) and the projections with
 * how far each is behind the log, and replays with their progress and comparison; only ADMIN is offered the button
 * that starts one (it posts to the audit API, which requires ADMIN itself).
 */
@Controller
public class OperationsConsoleController {

    private final CommitLogStorageEngine storage;
    private final ProjectionAdminController projections;
    private final ReplayController replays;

    public OperationsConsoleController(CommitLogStorageEngine storage, ProjectionAdminController projections,
                                       ReplayController replays) {
        this.storage = storage;
        this.projections = projections;
        this.replays = replays;
    }

    @GetMapping("/console/audit/integrity")
    public String integrity(@RequestParam(defaultValue = "false") boolean run, Model model) {
        if (run) {
            model.addAttribute("report", storage.verifyIntegrity());
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
