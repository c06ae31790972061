package com.clientcare.query.audit;

import com.clientcare.eventstore.EventMetadata;
import com.clientcare.query.cluster.TokenClaims;
import com.clientcare.shared.audit.FindAuditEventsQuery;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The event log read straight from the store, in global order, with personal fields decrypted (or erased):
 * what the auditors' endpoints page through and export.
 */
@Component
public class AuditLog {

    private final EventStorageEngine storage;
    private final ObjectMapper mapper;
    private final CorrelationIndex correlations;
    private final TokenClaims claims;

    public AuditLog(EventStorageEngine storage, ObjectMapper mapper, CorrelationIndex correlations,
                    TokenClaims claims) {
        this.storage = storage;
        this.mapper = mapper;
        this.correlations = correlations;
        this.claims = claims;
    }

    /**
     * Up to {@code filter.pageSize()} matching events after {@code filter.after()}. A correlation is read from the
     * positions its index lists up to where the index stands, then from the log after that (the few events the index
     * has not yet seen), so it is complete and current without scanning the log.
     */
    public List<AuditEvent> page(AuditFilter filter) {
        List<AuditEvent> page = new ArrayList<>();
        BooleanSupplier full = () -> page.size() >= filter.pageSize();
        Long after = filter.after();
        if (filter.correlationId() != null) {
            OptionalLong indexed = claims.position(CorrelationIndex.NAME);
            if (indexed.isPresent()) {
                long from = after == null ? -1 : after;
                List<Long> positions = correlations.positionsOf(filter.correlationId()).stream()
                        .filter(position -> position > from && position <= indexed.getAsLong()).toList();
                read(positions, filter::matches, page::add, full);
                after = Math.max(from, indexed.getAsLong());
            }
        }
        scan(after, filter::matches, page::add, full);
        return page;
    }

    /** The events at these global indexes (ascending), each run of consecutive ones read in one stream. */
    private void read(List<Long> positions, Predicate<AuditEvent> filter, Consumer<AuditEvent> sink,
                      BooleanSupplier enough) {
        int run = 0;
        while (run < positions.size() && !enough.getAsBoolean()) {
            int end = run + 1;
            while (end < positions.size() && positions.get(end) == positions.get(end - 1) + 1) {
                end++;
            }
            long first = positions.get(run);
            try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(
                    first == 0 ? null : new GlobalSequenceTrackingToken(first - 1), false)) {
                events.limit(end - run).map(this::toAuditEvent).filter(filter)
                        .takeWhile(event -> !enough.getAsBoolean()).forEach(sink);
            }
            run = end;
        }
    }

    @QueryHandler
    public List<AuditEvent> handle(FindAuditEventsQuery query) {
        return page(AuditFilter.of(query));
    }

    /** One aggregate's whole history, in its own order: an exact-key read, not a scan of the log. */
    public List<AuditEvent> history(String aggregateId) {
        return storage.readEvents(aggregateId).asStream().map(this::toAuditEvent).toList();
    }

    /** Every matching event, one at a time, without holding them all in memory. */
    public void each(Predicate<AuditEvent> filter, Consumer<AuditEvent> sink) {
        scan(null, filter, sink, () -> false);
    }

    private void scan(Long after, Predicate<AuditEvent> filter, Consumer<AuditEvent> sink,
                      BooleanSupplier enough) {
        GlobalSequenceTrackingToken start = after == null ? null : new GlobalSequenceTrackingToken(after);
        try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(start, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = events.iterator();
            while (iterator.hasNext() && !enough.getAsBoolean()) {
                AuditEvent event = toAuditEvent(iterator.next());
                if (filter.test(event)) {
                    sink.accept(event);
                }
            }
        }
    }

    private AuditEvent toAuditEvent(EventMessage<?> message) {
        DomainEventMessage<?> domain = message instanceof DomainEventMessage<?> d ? d : null;
        var metaData = message.getMetaData();
        return new AuditEvent(
                message instanceof TrackedEventMessage<?> tracked && tracked.trackingToken().position().isPresent()
                        ? tracked.trackingToken().position().getAsLong() : null,
                message.getIdentifier(),
                domain == null ? null : domain.getType(),
                domain == null ? null : domain.getAggregateIdentifier(),
                domain == null ? null : domain.getSequenceNumber(),
                message.getPayloadType().getSimpleName(),
                FirstInstantField.orRecordedAt(message),
                message.getTimestamp(),
                mapper.valueToTree(message.getPayload()),
                new AuditEvent.Metadata((String) metaData.get(EventMetadata.USER),
                        (String) metaData.get(EventMetadata.CORRELATION_ID),
                        (String) metaData.get(EventMetadata.CAUSATION_ID)));
    }
}
