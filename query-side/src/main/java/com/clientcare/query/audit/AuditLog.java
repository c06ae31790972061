package com.clientcare.query.audit;

import com.clientcare.eventstore.EventMetadata;
import com.clientcare.query.cluster.TokenClaims;
import com.clientcare.shared.audit.FindAuditEventsQuery;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
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

    /**
     * Positions at most this far apart are read in one stream of the log: the store reads a batch of 100 places at a
     * time, so a shorter gap costs no more than a new stream would.
     */
    private static final int NEAR = 100;

    private final EventStorageEngine storage;
    private final ObjectMapper mapper;
    private final CorrelationIndex correlations;
    private final AuditFilterIndex filters;
    private final TokenClaims claims;

    public AuditLog(EventStorageEngine storage, ObjectMapper mapper, CorrelationIndex correlations,
                    AuditFilterIndex filters, TokenClaims claims) {
        this.storage = storage;
        this.mapper = mapper;
        this.correlations = correlations;
        this.filters = filters;
        this.claims = claims;
    }

    /**
     * Up to {@code filter.pageSize()} matching events after {@code filter.after()}. A filter by correlation, type,
     * user or aggregate is read from the positions the narrowest of its index lists holds up to where that index
     * stands, then from the log after that (the few events the index has not yet seen), so it is complete and
     * current without scanning the log; the other criteria are checked on the events read. {@code from} starts the
     * read where the log's timestamps first reach it.
     */
    public List<AuditEvent> page(AuditFilter filter) {
        List<AuditEvent> page = new ArrayList<>();
        BooleanSupplier full = () -> page.size() >= filter.pageSize();
        long after = Math.max(filter.after() == null ? -1 : filter.after(), before(filter.from()));
        Optional<PositionLists.Reading> narrowest = narrowest(filter, after);
        if (narrowest.isPresent()) {
            read(narrowest.get().positions(), filter::matches, page::add, full);
            after = Math.max(after, narrowest.get().upTo());
        }
        scan(after, filter::matches, page::add, full);
        return page;
    }

    /** The position after which every event recorded at or after {@code from} lies (-1: the whole log). */
    private long before(Instant from) {
        if (from == null) {
            return -1;
        }
        TrackingToken token = storage.createTokenAt(from);
        return token == null ? -1 : token.position().orElse(-1);
    }

    /** Of the index lists the filter names, the one holding the fewest positions after {@code after}. */
    private Optional<PositionLists.Reading> narrowest(AuditFilter filter, long after) {
        List<PositionLists.Reading> readings = new ArrayList<>();
        if (filter.correlationId() != null) {
            readings.addAll(readings(correlations.positions(), List.of(filter.correlationId()), after));
        }
        readings.addAll(readings(filters.positions(),
                AuditFilterIndex.lists(filter.type(), filter.user(), filter.aggregateId()), after));
        return readings.stream().min(Comparator.comparingLong(PositionLists.Reading::size));
    }

    /** Each list read up to where its processor stands; none while that processor has no position yet. */
    private List<PositionLists.Reading> readings(PositionLists index, List<String> lists, long after) {
        if (lists.isEmpty()) {
            return List.of();
        }
        OptionalLong indexed = claims.position(index.processor());
        if (indexed.isEmpty()) {
            return List.of();
        }
        return lists.stream().map(list -> index.reading(list, after, indexed.getAsLong())).toList();
    }

    /**
     * The events at these global indexes (ascending): positions near each other read in one stream, the events
     * between them passed over unread, at most a page's worth of positions per stream.
     */
    private void read(Iterator<Long> positions, Predicate<AuditEvent> filter, Consumer<AuditEvent> sink,
                      BooleanSupplier enough) {
        List<Long> run = new ArrayList<>();
        while (positions.hasNext() && !enough.getAsBoolean()) {
            long position = positions.next();
            if (!run.isEmpty() && (position - run.get(run.size() - 1) > NEAR || run.size() == AuditFilter.MOST)) {
                readRun(run, filter, sink, enough);
                run.clear();
            }
            run.add(position);
        }
        if (!run.isEmpty() && !enough.getAsBoolean()) {
            readRun(run, filter, sink, enough);
        }
    }

    private void readRun(List<Long> run, Predicate<AuditEvent> filter, Consumer<AuditEvent> sink,
                         BooleanSupplier enough) {
        long first = run.get(0);
        long last = run.get(run.size() - 1);
        Set<Long> wanted = new HashSet<>(run);
        try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(
                first == 0 ? null : new GlobalSequenceTrackingToken(first - 1), false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = events.iterator();
            while (!enough.getAsBoolean() && iterator.hasNext()) {
                TrackedEventMessage<?> message = iterator.next();
                long position = message.trackingToken().position().orElseThrow();
                if (position > last) {
                    return;
                }
                if (wanted.contains(position)) {
                    AuditEvent event = toAuditEvent(message);
                    if (filter.test(event)) {
                        sink.accept(event);
                    }
                }
            }
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
        scan(-1, filter, sink, () -> false);
    }

    private void scan(long after, Predicate<AuditEvent> filter, Consumer<AuditEvent> sink,
                      BooleanSupplier enough) {
        GlobalSequenceTrackingToken start = after < 0 ? null : new GlobalSequenceTrackingToken(after);
        try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(start, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = events.iterator();
            while (!enough.getAsBoolean() && iterator.hasNext()) {
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
