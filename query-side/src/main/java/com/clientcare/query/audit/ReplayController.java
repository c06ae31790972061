package com.clientcare.query.audit;

import com.clientcare.query.infra.NotFound;
import com.clientcare.shared.audit.FindReplayReportQuery;
import com.clientcare.shared.audit.FindReplayableProjectionsQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/** Rebuild a projection from the log beside the live one (ADMIN), then follow its progress and comparison. */
@RestController
@RequestMapping("/api/audit/replays")
public class ReplayController {

    public record ReplayRequest(@NotBlank String projection) {
    }

    private final QueryGateway queries;
    private final ProjectionReplays replays;

    public ReplayController(QueryGateway queries, ProjectionReplays replays) {
        this.queries = queries;
        this.replays = replays;
    }

    /** Starting one is no query: it is done here, and its progress read back through the query gateway. */
    @PostMapping
    public ResponseEntity<ReplayReport> start(@Valid @RequestBody ReplayRequest body) {
        ReplayReport started = replays.start(body.projection()).orElseThrow(() -> new NotFound("projection",
                body.projection() + " (known: " + projections() + ")"));
        return ResponseEntity.accepted().location(URI.create("/api/audit/replays/" + started.id())).body(started);
    }

    @GetMapping("/{id}")
    public ReplayReport report(@PathVariable String id) {
        return queries.query(new FindReplayReportQuery(id), ResponseTypes.optionalInstanceOf(ReplayReport.class))
                .join()
                .orElseThrow(() -> new NotFound("replay", id));
    }

    /** The projections that can be replayed, by processing group. */
    @GetMapping
    public List<String> projections() {
        return queries.query(new FindReplayableProjectionsQuery(), ResponseTypes.multipleInstancesOf(String.class))
                .join();
    }
}
