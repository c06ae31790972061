package com.clientcare.query.cluster;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.StreamableMessageSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #16/#17: a projection split into segments reads the log once, not once per segment (it was 40 streams of the same
 * events for 10 projections of 4 segments, and the processor threads waited on them).
 */
class ProcessorSegmentsTest {

    private static final String PROJECTION = "notes";
    private static final int SEGMENTS = 4;
    private static final int AGGREGATES = 40;

    private final InMemoryEventStorageEngine engine = new InMemoryEventStorageEngine();
    private final AtomicInteger streamsOpened = new AtomicInteger();
    private final Notes notes = new Notes();
    private Configuration axon;

    @AfterEach
    void stop() {
        if (axon != null) {
            axon.shutdown();
        }
    }

    @Test
    void every_segment_of_a_projection_is_fed_from_one_stream_of_the_log() {
        engine.appendEvents(IntStream.range(0, AGGREGATES)
                .mapToObj(i -> new GenericDomainEventMessage<>("Note", "n-" + i, 0, "note " + i)).toList());
        Configurer configurer = DefaultConfigurer.defaultConfiguration().configureEmbeddedEventStore(c -> engine);
        configurer.eventProcessing()
                .configureDefaultStreamableMessageSource(c -> new CountingSource(c.eventStore()))
                .registerEventHandler(c -> notes);
        ProcessorSegments.configure(configurer.eventProcessing(), SEGMENTS, Duration.ofMillis(100),
                Duration.ofSeconds(10), 100);
        axon = configurer.start();
        StreamingEventProcessor processor = axon.eventProcessingConfiguration()
                .eventProcessor(PROJECTION, StreamingEventProcessor.class).orElseThrow();

        awaitTrue(() -> notes.handled.size() == AGGREGATES);

        assertThat(processor.processingStatus()).as("one instance alone works on every segment").hasSize(SEGMENTS);
        assertThat(notes.threads).as("the segments are worked on in parallel").hasSizeGreaterThan(1);
        assertThat(streamsOpened).as("streams of the log opened for the whole projection").hasValue(1);
    }

    private static void awaitTrue(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("condition met before the deadline").isBefore(deadline);
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
    }

    /** The event store, counting the streams opened on it. */
    private final class CountingSource implements StreamableMessageSource<TrackedEventMessage<?>> {

        private final StreamableMessageSource<TrackedEventMessage<?>> store;

        CountingSource(StreamableMessageSource<TrackedEventMessage<?>> store) {
            this.store = store;
        }

        @Override
        public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
            streamsOpened.incrementAndGet();
            return store.openStream(trackingToken);
        }

        @Override
        public TrackingToken createTailToken() {
            return store.createTailToken();
        }

        @Override
        public TrackingToken createHeadToken() {
            return store.createHeadToken();
        }

        @Override
        public TrackingToken createTokenAt(Instant dateTime) {
            return store.createTokenAt(dateTime);
        }
    }

    @ProcessingGroup(PROJECTION)
    static final class Notes {

        final Set<String> handled = ConcurrentHashMap.newKeySet();
        final Set<String> threads = ConcurrentHashMap.newKeySet();

        @EventHandler
        void on(String note) {
            threads.add(Thread.currentThread().getName());
            handled.add(note);
        }
    }
}
