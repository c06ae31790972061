package com.clientcare.query.audit;

import com.clientcare.query.infra.NotFound;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Set;

/** Rebuild a projection from the log beside the live one (ADMIN), then follow its progress and comparison. */
@RestController
@RequestMapping("/api/audit/replays")
public class ReplayController {

    public record ReplayRequest(@NotBlank String projection) {
    }

    private final ProjectionReplays replays;
    private final ShadowProjections projections;

    public ReplayController(ProjectionReplays replays, ShadowProjections projections) {
        this.replays = replays;
        this.projections = projections;
    }

    @PostMapping
    public ResponseEntity<ReplayReport> start(@Valid @RequestBody ReplayRequest body) {
        ReplayReport started = replays.start(body.projection()).orElseThrow(() -> new NotFound("projection",
                body.projection() + " (known: " + projections.all().keySet() + ")"));
        return ResponseEntity.accepted().location(URI.create("/api/audit/replays/" + started.id())).body(started);
    }

    @GetMapping("/{id}")
    public ReplayReport report(@PathVariable String id) {
        return replays.report(id).orElseThrow(() -> new NotFound("replay", id));
    }

    /** The projections that can be replayed, by processing group. */
    @GetMapping
    public Set<String> projections() {
        return projections.all().keySet();
    }
}
