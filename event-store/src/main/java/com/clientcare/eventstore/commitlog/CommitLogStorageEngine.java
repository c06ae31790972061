package com.clientcare.eventstore.commitlog;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngine;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Axon's event storage on MongoDB with a gap-free global order and reads that cost what they return.
 * <ul>
 *   <li>{@code event_streams}: one document per commit (one aggregate's events of one unit of work), keyed
 *   {@code "<aggregateId>:<firstSequence>"}, with its place in the global order ({@code globalIndex}) and a hash
 *   chained to the commit before it (see {@link GlobalLog}); inserting it is the optimistic-concurrency check and
 *   the claim of its place, and its events become visible all at once.</li>
 *   <li>{@code event_log}: the places of commits of the older layout, kept apart.</li>
 *   <li>{@code snapshots}: the latest snapshot per aggregate, keyed by aggregate id.</li>
 * </ul>
 * One durable insert per append, shared by the commits of threads appending meanwhile. A commit of the older
 * layout, stored {@code pending} by a writer that stopped before placing it, is placed by whoever next loads that
 * aggregate (which comes before any append after it, so an aggregate's commits keep their order in the log) or by
 * the sweep at start-up.
 */
public class CommitLogStorageEngine extends AbstractEventStorageEngine {

    static final String SNAPSHOTS = "snapshots";
    /** Keys asked by the first query of an aggregate load: the events after a snapshot are usually few. */
    private static final int FIRST_WINDOW = 16;
    private static final int MAX_WINDOW = 256;

    private final MongoCollection<Document> streams;
    private final MongoCollection<Document> snapshots;
    private final GlobalLog log;
    private final int batchSize;
    private final StreamEnds streamEnds;
    private final Timer appendTime;
    private final boolean pendingIndexed;

    protected CommitLogStorageEngine(Builder builder) {
        super(builder);
        this.streams = builder.database.getCollection(StoredCommit.COLLECTION);
        this.snapshots = builder.database.getCollection(SNAPSHOTS);
        MeterRegistry meters = builder.meters;
        DistributionSummary placed = DistributionSummary.builder("clientcare.store.placement.commits")
                .description("commits stored and placed in the global log by one durable insert").register(meters);
        this.log = new GlobalLog(builder.database, placed::record, builder.recentCommitsCached);
        this.appendTime = Timer.builder("clientcare.store.append")
                .description("time to store and place one append (one unit of work's events)").register(meters);
        this.batchSize = builder.batchSize;
        this.streamEnds = new StreamEnds(builder.streamEndsCached);
        this.pendingIndexed = builder.pendingIndexed;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Creates the secondary indexes (a commit is placed once; pending commits are found by the sweep) and gives log
     * entries of an older layout their running maximum of timestamps; idempotent.
     */
    public void ensureIndexes() {
        log.ensureIndexes();
        streams.createIndex(Indexes.ascending(StoredCommit.PENDING),
                new IndexOptions().sparse(true).name(StoredCommit.PENDING));
        log.fillRunningMaxima(this::commits);
    }

    /**
     * Places every commit of the older layout that was stored but not placed (a writer stopped in between): run at
     * start-up, before appends. Commits stored since claim their place in the insert that stores them, so a store
     * without entries of the older layout has none waiting. Where the store has no index on {@code pending} (the
     * embedded server accepts it and ignores it), finding them is a scan of every commit (25 s at 100,000 one-event
     * commits, measured), so there the sweep first compares kept counts (no scan): no entries at all, or as many
     * commits as entries (every old commit has exactly one once placed), mean none is waiting.
     */
    public int placeUnplacedCommits() {
        long entries = log.entries();
        if (!pendingIndexed && (entries == 0 || streams.estimatedDocumentCount() == entries)) {
            return 0;
        }
        List<StoredCommit> pending = new ArrayList<>();
        streams.find(Filters.eq(StoredCommit.PENDING, true)).sort(Sorts.ascending("recordedAt"))
                .forEach(document -> pending.add(StoredCommit.of(document)));
        pending.forEach(log::place);
        return pending.size();
    }

    /**
     * Stores each aggregate's events as one commit that claims its place in the global log in the same durable
     * insert (grouped with the commits of other threads waiting meanwhile). Every commit is checked to continue its
     * aggregate's stream exactly before any is stored, so a stream can always be read back whole.
     */
    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        appendTime.record(() -> append(events, serializer));
    }

    private void append(List<? extends EventMessage<?>> events, Serializer serializer) {
        List<StoredCommit> commits = commits(events, serializer).stream().map(this::continuing).toList();
        for (StoredCommit commit : commits) {
            try {
                log.claim(commit);
            } catch (MongoWriteException e) {
                handlePersistenceException(e, firstEvent(commit, events));
            }
            streamEnds.seen(commit.aggregateId(), commit.end());
        }
    }

    /**
     * The commit as it must be stored to continue its aggregate's stream exactly, or a conflict: a gap or an overlap
     * would leave events that no read of the aggregate returns in order. A stream's first commit is always stored
     * under the key of sequence 0, also when it starts later (Axon's engines accept such streams), so that a read
     * from the start finds it and a second creation of the aggregate clashes on that key.
     */
    private StoredCommit continuing(StoredCommit commit) {
        long first = commit.firstSequence();
        if (first == 0 || commit.aggregateType() == null || streamEnds.endsAt(commit.aggregateId(), first)) {
            return commit; // a clash at the commit's own key is found by the insert
        }
        ChainedRangeReader<StoredCommit> stream = aggregateRanges(commit.aggregateId());
        List<StoredCommit> before = stream.covering(first - 1, 1);
        if (before.isEmpty() && stream.from(0, 1).isEmpty()) {
            return commit.startingTheStream();
        }
        long end = before.isEmpty() ? -1 : before.get(before.size() - 1).end();
        if (end != first) {
            throw new ConcurrencyException("a commit of " + commit.aggregateType() + " " + commit.aggregateId()
                    + " cannot start at sequence " + first + ": the stream " + (end < 0 ? "has a gap before it"
                    : "ends before " + end));
        }
        streamEnds.seen(commit.aggregateId(), end);
        return commit;
    }

    private static EventMessage<?> firstEvent(StoredCommit commit, List<? extends EventMessage<?>> events) {
        String firstId = commit.events().get(0).getString("eventId");
        return events.stream().filter(event -> event.getIdentifier().equals(firstId)).findFirst().orElseThrow();
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        Document document = new Document("_id", snapshot.getAggregateIdentifier())
                .append("aggregateType", snapshot.getType())
                .append("sequence", snapshot.getSequenceNumber())
                .append("event", eventDocument(snapshot, serializer));
        try {
            snapshots.replaceOne(Filters.and(Filters.eq("_id", snapshot.getAggregateIdentifier()),
                            Filters.lt("sequence", snapshot.getSequenceNumber())),
                    document, new ReplaceOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // a snapshot at the same or a later sequence is already stored: keep it
        }
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        Document document = snapshots.find(Filters.eq("_id", aggregateIdentifier)).first();
        if (document == null) {
            return Stream.empty();
        }
        StoredCommit holder = new StoredCommit(aggregateIdentifier, aggregateIdentifier,
                document.getString("aggregateType"), document.getLong("sequence"), document.getLong("sequence"),
                null, List.of(document.get("event", Document.class)), null);
        return Stream.of(holder.entry(0));
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readEventData(String aggregateIdentifier, long firstSequenceNumber) {
        return commitsOf(aggregateIdentifier, firstSequenceNumber).stream()
                .flatMap(commit -> IntStream.range(0, commit.count()).mapToObj(commit::entry))
                .filter(entry -> entry.getSequenceNumber() >= firstSequenceNumber);
    }

    @Override
    protected Stream<? extends TrackedEventData<?>> readEventData(TrackingToken trackingToken, boolean mayBlock) {
        long from = trackingToken == null ? 0 : globalIndexOf(trackingToken) + 1;
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(new TrackedEvents(from),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** Reads the stream from its snapshot on (the snapshot's own key first), not from its first event. */
    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        Document snapshot = snapshots.find(Filters.eq("_id", aggregateIdentifier)).first();
        List<StoredCommit> commits = commitsOf(aggregateIdentifier, snapshot == null ? 0 : snapshot.getLong("sequence"));
        return commits.isEmpty() ? Optional.empty() : Optional.of(commits.get(commits.size() - 1).lastSequence());
    }

    @Override
    public TrackingToken createTailToken() {
        return null;
    }

    @Override
    public TrackingToken createHeadToken() {
        long head = log.head();
        return head == 0 ? null : new GlobalSequenceTrackingToken(head - 1);
    }

    /**
     * A token from which every event stamped at or after {@code dateTime} is delivered, whatever the order of
     * timestamps in the log (events stamped earlier may come too). Each place keeps the running maximum of the
     * timestamps up to it, which never decreases along the log: a binary search over exact positions finds the first
     * place whose maximum reaches {@code dateTime}, and its commit the first such event inside it.
     */
    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        long low = 0;
        long high = log.head();
        GlobalLog.Place first = null;
        while (low < high) {
            GlobalLog.Place probe = log.placesCovering((low + high) >>> 1, 1).get(0);
            if (probe.entry().maxTimestamp() == null) {
                return null; // an entry of the older layout, not yet given its maximum: deliver from the start
            }
            if (probe.entry().maxTimestamp().isBefore(dateTime)) {
                low = probe.end();
            } else {
                high = probe.start();
                first = probe;
            }
        }
        if (first == null) {
            return createHeadToken();
        }
        int inside = 0;
        while (first.commit().timestamp(inside).isBefore(dateTime)) {
            inside++;
        }
        long position = first.start() + inside;
        return position == 0 ? null : new GlobalSequenceTrackingToken(position - 1);
    }

    /** Recomputes the hash chain over the whole log from the stored bytes and reports the first broken link. */
    public IntegrityReport verifyIntegrity() {
        return verifyIntegrity(checked -> {
        });
    }

    /** As {@link #verifyIntegrity()}, telling {@code checkedSoFar} the events checked so far after each batch. */
    public IntegrityReport verifyIntegrity(LongConsumer checkedSoFar) {
        return new IntegrityVerifier(log, checkedSoFar).verify();
    }

    private Map<String, StoredCommit> commits(List<String> keys) {
        Map<String, StoredCommit> found = new HashMap<>();
        streams.find(Filters.in("_id", keys)).forEach(document -> found.put(document.getString("_id"),
                StoredCommit.of(document)));
        return found;
    }

    /**
     * The aggregate's commits holding {@code firstSequence} and after, by exact keys in growing windows, placing
     * any still pending first (in order, so that the commit appended after this load is placed after them).
     */
    private List<StoredCommit> commitsOf(String aggregateId, long firstSequence) {
        ChainedRangeReader<StoredCommit> stream = aggregateRanges(aggregateId);
        List<StoredCommit> commits = new ArrayList<>();
        int window = FIRST_WINDOW;
        List<StoredCommit> batch = stream.covering(firstSequence, window);
        long askedUpTo = firstSequence + window;
        while (!batch.isEmpty()) {
            commits.addAll(batch);
            long next = batch.get(batch.size() - 1).end();
            if (next < askedUpTo) {
                break; // the key of the next commit was asked for and is not there
            }
            window = Math.min(window * 2, MAX_WINDOW);
            batch = stream.from(next, window);
            askedUpTo = next + window;
        }
        commits.stream().filter(commit -> !commit.placed()).forEach(log::place);
        if (!commits.isEmpty()) {
            streamEnds.seen(aggregateId, commits.get(commits.size() - 1).end());
        }
        return commits;
    }

    /** One aggregate's commits, found by their exact keys. */
    private ChainedRangeReader<StoredCommit> aggregateRanges(String aggregateId) {
        return new ChainedRangeReader<>(sequences -> {
            List<StoredCommit> found = new ArrayList<>();
            streams.find(Filters.in("_id", sequences.stream().map(sequence -> StoredCommit.key(aggregateId, sequence))
                    .toList())).forEach(document -> found.add(StoredCommit.of(document)));
            return found;
        });
    }

    /**
     * The append's events as one commit per aggregate. Two events claiming one sequence number or one identifier
     * are a duplicate key, judged by the persistence exception resolver as a store's would be; a hole between
     * sequence numbers can only come from a writer that does not know the stream, and is a conflict.
     */
    private List<StoredCommit> commits(List<? extends EventMessage<?>> events, Serializer serializer) {
        Set<String> identifiers = new HashSet<>();
        for (EventMessage<?> event : events) {
            if (!identifiers.add(event.getIdentifier())) {
                handlePersistenceException(new DuplicateKeyResolver.DuplicateInAppend(
                        "event identifier " + event.getIdentifier() + " appears twice"), event);
            }
        }
        Map<String, List<EventMessage<?>>> byAggregate = events.stream().collect(Collectors.groupingBy(
                event -> event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier()
                        : event.getIdentifier(), LinkedHashMap::new, Collectors.toList()));
        return byAggregate.entrySet().stream().map(aggregate -> {
            List<EventMessage<?>> batch = aggregate.getValue();
            DomainEventMessage<?> domain = batch.get(0) instanceof DomainEventMessage<?> d ? d : null;
            long firstSequence = domain == null ? 0 : domain.getSequenceNumber();
            for (int i = 1; domain != null && i < batch.size(); i++) {
                requireNext(batch.get(i), firstSequence + i, aggregate.getKey());
            }
            return new StoredCommit(StoredCommit.key(aggregate.getKey(), firstSequence), aggregate.getKey(),
                    domain == null ? null : domain.getType(), firstSequence, firstSequence + batch.size() - 1, null,
                    batch.stream().map(event -> eventDocument(event, serializer)).toList(),
                    batch.stream().map(EventMessage::getTimestamp).max(Instant::compareTo).orElseThrow());
        }).toList();
    }

    private void requireNext(EventMessage<?> event, long expected, String aggregateId) {
        long sequence = event instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : -1;
        if (sequence >= 0 && sequence < expected) {
            handlePersistenceException(new DuplicateKeyResolver.DuplicateInAppend("sequence " + sequence + " of "
                    + aggregateId + " appears twice"), event);
        }
        if (sequence != expected) {
            throw new ConcurrencyException("the events of " + aggregateId + " in one append must have consecutive"
                    + " sequence numbers: expected " + expected + ", found " + sequence);
        }
    }

    private static Document eventDocument(EventMessage<?> event, Serializer serializer) {
        var payload = serializer.serialize(event.getPayload(), String.class);
        return new Document("eventId", event.getIdentifier())
                .append("sequence", event instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : 0L)
                .append("timestamp", event.getTimestamp().toString())
                .append("payloadType", payload.getType().getName())
                .append("payloadRevision", payload.getType().getRevision())
                .append("payload", payload.getData())
                .append("metaData", serializer.serialize(event.getMetaData(), String.class).getData());
    }

    private static long globalIndexOf(TrackingToken token) {
        if (token instanceof GlobalSequenceTrackingToken global) {
            return global.getGlobalIndex();
        }
        throw new IllegalArgumentException("this event store tracks by GlobalSequenceTrackingToken, not " + token);
    }

    /**
     * Events from a global position on, a batch of exact log keys at a time, up to the current head. Only the first
     * batch may start inside a commit (a token left mid-commit); every later one starts where the last ended.
     */
    private final class TrackedEvents implements Iterator<TrackedEventData<?>> {

        private long next;
        private boolean started;
        private final List<TrackedEventData<?>> buffer = new ArrayList<>();
        private int read;

        TrackedEvents(long from) {
            this.next = from;
        }

        @Override
        public boolean hasNext() {
            if (read < buffer.size()) {
                return true;
            }
            buffer.clear();
            read = 0;
            fetch();
            return !buffer.isEmpty();
        }

        @Override
        public TrackedEventData<?> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return buffer.get(read++);
        }

        private void fetch() {
            List<GlobalLog.Place> places = started ? log.recentPlacesFrom(next, batchSize)
                    : log.placesCovering(next, batchSize);
            started = true;
            for (GlobalLog.Place place : places) {
                for (int i = 0; i < place.entry().count(); i++) {
                    long position = place.entry().position() + i;
                    if (position >= next) {
                        buffer.add(place.commit().trackedEntry(i, new GlobalSequenceTrackingToken(position)));
                    }
                }
            }
            if (!places.isEmpty()) {
                next = places.get(places.size() - 1).end();
            }
        }
    }

    public static class Builder extends AbstractEventStorageEngine.Builder {

        private MongoDatabase database;
        private int batchSize = 100;
        private int streamEndsCached = 65_536;
        private int recentCommitsCached = 8_192;
        private MeterRegistry meters = new SimpleMeterRegistry();
        private boolean pendingIndexed = true;

        public Builder() {
            persistenceExceptionResolver(new DuplicateKeyResolver());
        }

        public Builder database(MongoDatabase database) {
            this.database = database;
            return this;
        }

        /** How many positions (events, roughly) a tracking read fetches at once. */
        public Builder batchSize(int batchSize) {
            this.batchSize = batchSize;
            return this;
        }

        /** Where the engine reports append time and placement batch sizes (a registry of its own if not given). */
        public Builder meterRegistry(MeterRegistry meters) {
            this.meters = meters;
            return this;
        }

        /**
         * Whether the store answers a query on {@code pending} from its index: a MongoDB does; the embedded server
         * lists the index and scans every commit (then the start-up sweep compares kept counts first).
         */
        public Builder pendingIndexed(boolean indexed) {
            this.pendingIndexed = indexed;
            return this;
        }

        /**
         * How many commits a JVM keeps from its latest tracking reads, so processors' segments reading the same stretch
         * of the log fetch it once (a few KB each).
         */
        public Builder recentCommitsCached(int commits) {
            this.recentCommitsCached = commits;
            return this;
        }

        /** How many aggregates' stream ends a JVM remembers, to check an append continues its stream with no read. */
        public Builder streamEndsCached(int aggregates) {
            this.streamEndsCached = aggregates;
            return this;
        }

        /**
         * Which failures are duplicate keys (an aggregate created twice, a sequence number or event identifier used
         * twice): those become {@code AggregateStreamCreationException} or {@code ConcurrencyException}, any other
         * {@code EventStoreException}. Defaults to {@link DuplicateKeyResolver}.
         */
        @Override
        public Builder persistenceExceptionResolver(PersistenceExceptionResolver persistenceExceptionResolver) {
            super.persistenceExceptionResolver(persistenceExceptionResolver);
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        @Override
        public Builder upcasterChain(org.axonframework.serialization.upcasting.event.EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        @Override
        public Builder snapshotFilter(org.axonframework.eventsourcing.snapshotting.SnapshotFilter snapshotFilter) {
            super.snapshotFilter(snapshotFilter);
            return this;
        }

        @Override
        protected void validate() throws AxonConfigurationException {
            super.validate();
            if (database == null) {
                throw new AxonConfigurationException("the MongoDatabase to store events in is required");
            }
        }

        public CommitLogStorageEngine build() {
            return new CommitLogStorageEngine(this);
        }
    }
}
