package com.clientcare.query.audit;

import com.clientcare.query.cluster.CoordinatedReset;
import com.clientcare.query.infra.NotFound;
import com.clientcare.shared.audit.FindProjectionStatusQuery;
import com.clientcare.shared.audit.FindProjectionStatusesQuery;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Operators (ADMIN): the live projections and where they stand ({@link ProjectionStatuses}), and a reset that
 * rebuilds one in place from the start of the log (its @ResetHandler clears the read model first); progress shows
 * in its status. A reset spans every query-side instance: it pauses the processor on each first
 * ({@link CoordinatedReset}).
 */
@RestController
@RequestMapping("/api/admin/projections")
public class ProjectionAdminController {

    private final QueryGateway queries;
    private final EventProcessingConfiguration processing;
    private final CoordinatedReset resets;

    public ProjectionAdminController(QueryGateway queries, EventProcessingConfiguration processing,
                                     CoordinatedReset resets) {
        this.queries = queries;
        this.processing = processing;
        this.resets = resets;
    }

    @GetMapping
    public List<ProjectionStatus> statuses() {
        return queries.query(new FindProjectionStatusesQuery(),
                ResponseTypes.multipleInstancesOf(ProjectionStatus.class)).join();
    }

    @GetMapping("/{projection}")
    public ProjectionStatus status(@PathVariable String projection) {
        return queries.query(new FindProjectionStatusQuery(projection),
                        ResponseTypes.optionalInstanceOf(ProjectionStatus.class))
                .join()
                .orElseThrow(() -> new NotFound("projection", projection));
    }

    /** A reset is no query: it is done here, and the status it leaves read back through the query gateway. */
    @PostMapping("/{projection}/reset")
    public ResponseEntity<ProjectionStatus> reset(@PathVariable String projection) {
        StreamingEventProcessor processor = processing.eventProcessor(projection, StreamingEventProcessor.class)
                .orElseThrow(() -> new NotFound("projection", projection));
        resets.reset(projection, processor);
        return ResponseEntity.accepted().body(status(projection));
    }
}
