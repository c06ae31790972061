package com.clientcare.query.audit;

import com.clientcare.eventstore.processing.ProcessingFailures;
import com.clientcare.query.cluster.TokenClaims;
import com.clientcare.shared.audit.FindProjectionStatusQuery;
import com.clientcare.shared.audit.FindProjectionStatusesQuery;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.List;
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

    @QueryHandler
    public List<ProjectionStatus> handle(FindProjectionStatusesQuery query) {
        return projections.all().keySet().stream().map(this::status).flatMap(Optional::stream).toList();
    }

    @QueryHandler
    public Optional<ProjectionStatus> handle(FindProjectionStatusQuery query) {
        return status(query.projection());
    }

    private Optional<ProjectionStatus> status(String projection) {
        return processing.eventProcessor(projection, StreamingEventProcessor.class).map(processor -> {
            OptionalLong position = claims.position(projection);
            TrackingToken headToken = storage.createHeadToken();
            long head = headToken == null ? -1 : headToken.position().orElse(-1);
            return new ProjectionStatus(projection, processor.isRunning(), processor.isReplaying(),
                    position.isPresent() ? position.getAsLong() : null, head,
                    position.isPresent() ? head - position.getAsLong() : null,
                    failures.of(projection, position).orElse(null), claims.of(projection));
        });
    }
}
