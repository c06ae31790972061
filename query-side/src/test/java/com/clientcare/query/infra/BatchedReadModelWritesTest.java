package com.clientcare.query.infra;

import com.clientcare.eventstore.processing.ProcessingConfiguration;
import com.clientcare.eventstore.processing.ProcessingFailures;
import com.clientcare.query.cluster.ProcessorSegments;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.spy;

/**
 * The live processors' batches (#16, #17) as the query side configures them ({@link ProcessorSegments}): one
 * read-model batch per batch of a segment's events, written before the segment's token is stored, and nothing
 * written of a batch that failed.
 */
class BatchedReadModelWritesTest {

    private static final String PROJECTION = "counts";
    private static final int SEGMENTS = 2;
    private static final int AGGREGATES = 8;
    private static final int EVENTS_EACH = 12;
    /** Where the failing test's handler fails once: the sixth event of a-3. */
    private static final long FAILING_INDEX = 5L * AGGREGATES + 3;

    private final InMemoryMongo mongo = new InMemoryMongo();
    private final MongoDatabase database = mongo.database("read");
    private final Counts counts = new Counts(database);
    private final List<Stored> stored = new CopyOnWriteArrayList<>();
    private final ProcessingFailures failures = new ProcessingFailures(Clock.systemUTC(), null);
    private Configuration axon;

    /** The processor stored a segment's token at {@code position}; the counts the store held at that moment. */
    record Stored(int segment, long position, Map<String, Integer> counts) {
    }

    record Noted(String id) {
    }

    record Count(int n) {
    }

    @AfterEach
    void stop() {
        if (axon != null) {
            axon.shutdown();
        }
        mongo.close();
    }

    @Test
    void each_batch_of_a_segment_is_written_once_and_before_the_segment_stores_its_token() {
        start();

        // a segment stores its token after its batch's writes: the last writes may be seen before the last token
        awaitTrue(() -> allCounted() && stored.stream().map(Stored::segment).distinct().count() == SEGMENTS);

        assertThat(counts.batches.values()).as("every read-model batch holds events of one segment")
                .allSatisfy(ids -> assertThat(ids.stream().map(BatchedReadModelWritesTest::segmentOf).distinct())
                        .hasSize(1));
        assertThat(counts.batches.values()).as("some batch held several events").anyMatch(ids -> ids.size() > 1);
        assertThat(stored).extracting(Stored::segment).as("both segments stored tokens").contains(0, 1);
        assertThat(stored).allSatisfy(token -> assertThat(countedIn(token.segment(), token.counts()))
                .as("the store at segment %d's token %d", token.segment(), token.position())
                .isEqualTo(expectedIn(token.segment(), token.position())));
    }

    @Test
    void a_batch_whose_handling_failed_writes_nothing_and_names_the_event_it_failed_at() {
        counts.failOnce.set(true);
        start();

        awaitTrue(this::allCounted);

        // a count is read, changed and written back: a half-applied batch handled again would count twice
        assertThat(counts()).as("every event counted exactly once").allSatisfy((id, n) -> assertThat(n)
                .isEqualTo(EVENTS_EACH));
        assertThat(failures.of(PROJECTION, OptionalLong.empty())).hasValueSatisfying(failure -> {
            assertThat(failure.globalIndex()).isEqualTo(FAILING_INDEX);
            assertThat(failure.eventType()).isEqualTo(Noted.class.getName());
        });
    }

    private void start() {
        InMemoryEventStorageEngine engine = new InMemoryEventStorageEngine();
        // all in the log before the processor starts, so that batches hold several events
        engine.appendEvents(IntStream.range(0, EVENTS_EACH * AGGREGATES).mapToObj(i -> new GenericDomainEventMessage<>(
                "Note", "a-" + i % AGGREGATES, i / AGGREGATES, new Noted("a-" + i % AGGREGATES))).toList());
        Configurer configurer = DefaultConfigurer.defaultConfiguration().configureEmbeddedEventStore(c -> engine);
        TokenStore tokens = recordingTokenStore();
        configurer.eventProcessing().registerTokenStore(c -> tokens).registerEventHandler(c -> counts);
        ProcessorSegments.configure(configurer.eventProcessing(), SEGMENTS, Duration.ofMillis(100), 100);
        ProcessingConfiguration.configure(configurer, failures);
        axon = configurer.start();
    }

    private TokenStore recordingTokenStore() {
        TokenStore tokens = spy(new InMemoryTokenStore());
        doAnswer(call -> {
            TrackingToken token = call.getArgument(0);
            if (token != null && token.position().isPresent()) {
                stored.add(new Stored(call.getArgument(2), token.position().getAsLong(), counts()));
            }
            return call.callRealMethod();
        }).when(tokens).storeToken(any(), anyString(), anyInt());
        return tokens;
    }

    private boolean allCounted() {
        Map<String, Integer> now = counts();
        return now.size() == AGGREGATES && now.values().stream().allMatch(n -> n >= EVENTS_EACH);
    }

    private Map<String, Integer> counts() {
        Map<String, Integer> now = new HashMap<>();
        database.getCollection(PROJECTION).find()
                .forEach(document -> now.put(document.getString("_id"), document.getInteger("n")));
        return now;
    }

    private static Map<String, Integer> countedIn(int segment, Map<String, Integer> counts) {
        Map<String, Integer> of = new HashMap<>();
        counts.forEach((id, n) -> {
            if (segmentOf(id) == segment) {
                of.put(id, n);
            }
        });
        return of;
    }

    /** Each aggregate of the segment, counted up to the event at {@code position} (events go round the aggregates). */
    private static Map<String, Integer> expectedIn(int segment, long position) {
        Map<String, Integer> expected = new HashMap<>();
        for (int aggregate = 0; aggregate < AGGREGATES; aggregate++) {
            String id = "a-" + aggregate;
            int n = position < aggregate ? 0 : (int) ((position - aggregate) / AGGREGATES) + 1;
            if (segmentOf(id) == segment && n > 0) {
                expected.put(id, n);
            }
        }
        return expected;
    }

    /** Axon's sequential-per-aggregate policy: an aggregate's events go to the segment its id hashes to. */
    private static int segmentOf(String aggregateId) {
        Segment[] halves = Segment.ROOT_SEGMENT.split();
        return halves[0].matches(aggregateId) ? 0 : 1;
    }

    private static void awaitTrue(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("condition met before the deadline").isBefore(deadline);
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
    }

    /** Counts each aggregate's events by reading its count and writing it back increased: not idempotent on purpose. */
    @ProcessingGroup(PROJECTION)
    static final class Counts {

        final Map<ReadModelBatch, Set<String>> batches = new ConcurrentHashMap<>();
        final AtomicBoolean failOnce = new AtomicBoolean();
        private final DocumentCollection<Count> documents;

        Counts(MongoDatabase database) {
            this.documents = new DocumentCollection<>(database, PROJECTION, Count.class, new ObjectMapper());
        }

        @EventHandler
        void on(Noted noted, @SequenceNumber long sequence) {
            batches.computeIfAbsent(ReadModelBatch.current().orElseThrow(), batch -> ConcurrentHashMap.newKeySet())
                    .add(noted.id());
            int n = documents.get(noted.id()).map(Count::n).orElse(0);
            documents.put(noted.id(), new Count(n + 1));
            if (noted.id().equals("a-3") && sequence == FAILING_INDEX / AGGREGATES && failOnce.getAndSet(false)) {
                throw new IllegalStateException("the store refused a write");
            }
        }
    }
}
