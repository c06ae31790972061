package com.clientcare.query.audit;

import com.clientcare.eventstore.processing.ProcessingFailures;
import com.clientcare.query.cluster.TokenClaims;
import com.clientcare.query.cluster.TokenClaims.SegmentClaim;
import com.clientcare.shared.audit.FindProjectionStatusQuery;
import com.clientcare.shared.audit.FindProjectionStatusesQuery;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where the live projections stand, across every query-side instance: all segments read from the token store (who
 * claims each, where it stands), running and replaying as this instance sees its processor.
 */
@Component
public class ProjectionStatuses {

    private final EventProcessingConfiguration processing;
    private final ShadowProjections projections;
    private final EventStorageEngine storage;
    private final ProcessingFailures failures;
    private final TokenClaims claims;

    public ProjectionStatuses(EventProcessingConfiguration processing, ShadowProjections projections,
                              EventStorageEngine storage, ProcessingFailures failures, TokenClaims claims) {
        this.processing = processing;
        this.projections = projections;
        this.storage = storage;
        this.failures = failures;
        this.claims = claims;
    }

    /** Every projection's status from one read of the token store and one of the log's head. */
    @QueryHandler
    public List<ProjectionStatus> handle(FindProjectionStatusesQuery query) {
        Map<String, List<SegmentClaim>> all = claims.all();
        long head = head();
        return projections.all().keySet().stream()
                .map(projection -> status(projection, all.getOrDefault(projection, List.of()), head))
                .flatMap(Optional::stream).toList();
    }

    @QueryHandler
    public Optional<ProjectionStatus> handle(FindProjectionStatusQuery query) {
        return status(query.projection(), claims.of(query.projection()), head());
    }

    private long head() {
        TrackingToken headToken = storage.createHeadToken();
        return headToken == null ? -1 : headToken.position().orElse(-1);
    }

    private Optional<ProjectionStatus> status(String projection, List<SegmentClaim> segments, long head) {
        return processing.eventProcessor(projection, StreamingEventProcessor.class).map(processor -> {
            OptionalLong position = TokenClaims.positionOf(segments);
            return new ProjectionStatus(projection, processor.isRunning(), processor.isReplaying(),
                    position.isPresent() ? position.getAsLong() : null, head,
                    position.isPresent() ? head - position.getAsLong() : null,
                    failures.of(projection, position).orElse(null), segments);
        });
    }
}
