package com.clientcare.query.audit;

import com.clientcare.eventstore.processing.ProcessingFailures;
import com.clientcare.query.cluster.CoordinatedReset;
import com.clientcare.query.cluster.TokenClaims;
import com.clientcare.query.infra.NotFound;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.OptionalLong;

/**
 * Operators (ADMIN): the live projections and where they stand, and a reset that rebuilds one in place from the
 * start of the log (its @ResetHandler clears the read model first); progress shows in its status. Both span
 * every query-side instance: the status reads all segments from the token store (who claims each, where it
 * stands), and a reset pauses the processor on every instance first ({@link CoordinatedReset}).
 */
@RestController
@RequestMapping("/api/admin/projections")
public class ProjectionAdminController {

    private final EventProcessingConfiguration processing;
    private final ShadowProjections projections;
    private final EventStorageEngine storage;
    private final ProcessingFailures failures;
    private final TokenClaims claims;
    private final CoordinatedReset resets;

    public ProjectionAdminController(EventProcessingConfiguration processing, ShadowProjections projections,
                                     EventStorageEngine storage, ProcessingFailures failures, TokenClaims claims,
                                     CoordinatedReset resets) {
        this.processing = processing;
        this.projections = projections;
        this.storage = storage;
        this.failures = failures;
        this.claims = claims;
        this.resets = resets;
    }

    @GetMapping
    public List<ProjectionStatus> statuses() {
        return projections.all().keySet().stream().map(this::status).toList();
    }

    @GetMapping("/{projection}")
    public ProjectionStatus status(@PathVariable String projection) {
        StreamingEventProcessor processor = processor(projection);
        OptionalLong position = claims.position(projection);
        TrackingToken headToken = storage.createHeadToken();
        long head = headToken == null ? -1 : headToken.position().orElse(-1);
        return new ProjectionStatus(projection, processor.isRunning(), processor.isReplaying(),
                position.isPresent() ? position.getAsLong() : null, head,
                position.isPresent() ? head - position.getAsLong() : null,
                failures.of(projection, position).orElse(null), claims.of(projection));
    }

    @PostMapping("/{projection}/reset")
    public ResponseEntity<ProjectionStatus> reset(@PathVariable String projection) {
        resets.reset(projection, processor(projection));
        return ResponseEntity.accepted().body(status(projection));
    }

    private StreamingEventProcessor processor(String projection) {
        return processing.eventProcessor(projection, StreamingEventProcessor.class)
                .orElseThrow(() -> new NotFound("projection", projection));
    }
}
