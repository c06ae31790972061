package com.clientcare.query.audit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Replay progress of a projection rebuilt from the start of the log, as Prometheus would scrape it. */
class ReplayProgressTest {

    private static final String PROJECTION = "clients";

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ReadModel readModel = new ReadModel();
    private Configuration axon;

    @AfterEach
    void stop() {
        readModel.release.countDown();
        if (axon != null) {
            axon.shutdown();
        }
    }

    @Test
    void a_reset_projection_reports_events_replayed_against_the_log_at_the_reset_until_live_events_follow() {
        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine());
        configurer.eventProcessing().registerTrackingEventProcessor(PROJECTION).registerEventHandler(c -> readModel);
        ReplayProgress progress = new ReplayProgress(meters, null, null);
        progress.configureModule(configurer);
        axon = configurer.start();
        StreamingEventProcessor processor = axon.eventProcessingConfiguration()
                .eventProcessor(PROJECTION, StreamingEventProcessor.class).orElseThrow();
        progress.register(PROJECTION, () -> axon.eventProcessingConfiguration()
                .eventProcessor(PROJECTION, StreamingEventProcessor.class));
        // the events are published once the worker holds its segment: a processor whose first token is taken while
        // events are already stored treats its first run as a replay of them, and the read model would wait in it
        awaitTrue(() -> processor.processingStatus().get(0) != null);
        axon.eventBus().publish(IntStream.range(0, 10).mapToObj(i -> GenericEventMessage.asEventMessage("e" + i))
                .toList());
        awaitTrue(() -> processor.processingStatus().get(0).getCurrentPosition().equals(OptionalLong.of(9)));
        assertThat(gauge(ReplayProgress.TOTAL)).isZero();

        processor.shutDown();
        processor.resetTokens();
        processor.start();

        awaitTrue(() -> readModel.waitingAt.get() >= 0);
        assertThat(gauge(ReplayProgress.REPLAYED)).isEqualTo(3);
        assertThat(gauge(ReplayProgress.TOTAL)).isEqualTo(10);
        readModel.release.countDown();
        awaitTrue(() -> gauge(ReplayProgress.REPLAYED) == 10);
        assertThat(gauge(ReplayProgress.TOTAL)).isEqualTo(10);

        axon.eventBus().publish(GenericEventMessage.asEventMessage("live"));
        awaitTrue(() -> gauge(ReplayProgress.TOTAL) == 0);
        assertThat(gauge(ReplayProgress.REPLAYED)).isZero();
    }

    private double gauge(String name) {
        return meters.get(name).tag("projection", PROJECTION).gauge().value();
    }

    private void awaitTrue(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as(() -> "condition met before the deadline; replayed " + gauge(
                    ReplayProgress.REPLAYED) + " of " + gauge(ReplayProgress.TOTAL) + ", waiting at " + readModel.waitingAt
                    + ", status " + axon.eventProcessingConfiguration().eventProcessor(PROJECTION,
                    StreamingEventProcessor.class).orElseThrow().processingStatus() + ", worker " + worker())
                    .isBefore(deadline);
            // polls rather than spins: a spinning test thread starves the processor's worker on a busy machine
            LockSupport.parkNanos(Duration.ofMillis(5).toNanos());
        }
    }

    /** Where the processor's worker thread is, for a failure's message. */
    private static String worker() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(thread -> thread.getKey().getName().contains(PROJECTION))
                .map(thread -> thread.getKey().getName() + " " + thread.getKey().getState() + " at "
                        + Arrays.toString(thread.getValue()))
                .toList().toString();
    }

    /** In a replay, waits at the fourth event it is given until released, and says at which position. */
    @ProcessingGroup(PROJECTION)
    static final class ReadModel {

        final AtomicLong waitingAt = new AtomicLong(-1);
        final CountDownLatch release = new CountDownLatch(1);
        private final AtomicInteger replayed = new AtomicInteger();

        @EventHandler
        void on(String event, ReplayStatus status, TrackingToken token) throws InterruptedException {
            if (status.isReplay() && replayed.getAndIncrement() == 3) {
                waitingAt.set(token.position().orElseThrow());
                release.await();
            }
        }
    }
}
