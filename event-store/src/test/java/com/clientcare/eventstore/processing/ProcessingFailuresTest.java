package com.clientcare.eventstore.processing;

import com.mongodb.MongoSocketReadException;
import com.mongodb.ServerAddress;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failing event handler stops its processor at the failing event and retries (issue #12 item 6): the read
 * model ends equal to a fresh replay of the log, and an event that never succeeds is reported with its global
 * index instead of being skipped.
 */
class ProcessingFailuresTest {

    private static final String PROCESSOR = "read-model";

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ProcessingFailures failures = new ProcessingFailures(Clock.systemUTC(), meters);
    private Configuration axon;

    @AfterEach
    void stop() {
        if (axon != null) {
            axon.shutdown();
        }
    }

    @Test
    void a_read_model_whose_store_connection_drops_mid_batch_ends_equal_to_a_fresh_replay() {
        ReadModel readModel = start(new ReadModel("e2", 2));
        publish("e0", "e1", "e2", "e3", "e4");

        awaitTrue(() -> readModel.applied.size() == 5);
        assertThat(readModel.applied).containsExactly("e0", "e1", "e2", "e3", "e4");
        assertThat(readModel.failedAttempts.get()).isEqualTo(2);
        assertThat(meters.counter(ProcessingFailures.METRIC, "processor", PROCESSOR).count()).isEqualTo(2.0);
    }

    @Test
    void a_poison_event_stops_its_processor_there_and_is_reported_with_its_global_index() {
        ReadModel readModel = start(new ReadModel("poison", Integer.MAX_VALUE));
        publish("a", "poison", "b");

        awaitTrue(() -> failures.of(PROCESSOR, OptionalLong.of(0)).map(f -> f.attempts() >= 2).orElse(false));
        ProcessingFailures.Failure failure = failures.of(PROCESSOR, OptionalLong.of(0)).orElseThrow();
        assertThat(failure.globalIndex()).isEqualTo(1L);
        assertThat(failure.error()).contains("connection to the store lost");
        assertThat(readModel.applied).containsExactly("a");
    }

    @Test
    void a_failure_is_no_longer_reported_once_its_processor_has_passed_the_event() {
        ReadModel readModel = start(new ReadModel("e1", 1));
        publish("e0", "e1");

        awaitTrue(() -> readModel.applied.size() == 2);
        assertThat(failures.of(PROCESSOR, OptionalLong.of(1))).isEmpty();
    }

    private ReadModel start(ReadModel readModel) {
        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine());
        configurer.eventProcessing().registerTrackingEventProcessor(PROCESSOR).registerEventHandler(c -> readModel);
        ProcessingConfiguration.configure(configurer, failures);
        axon = configurer.start();
        return readModel;
    }

    private void publish(String... payloads) {
        axon.eventBus().publish(List.of(payloads).stream().map(GenericEventMessage::asEventMessage).toList());
    }

    private static void awaitTrue(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("condition met before the deadline").isBefore(deadline);
            Thread.onSpinWait();
        }
    }

    /** A read model whose store drops the connection on one event, a given number of times. */
    @ProcessingGroup(PROCESSOR)
    static final class ReadModel {

        final List<String> applied = new CopyOnWriteArrayList<>();
        final AtomicInteger failedAttempts = new AtomicInteger();
        private final String failingOn;
        private final int failures;

        ReadModel(String failingOn, int failures) {
            this.failingOn = failingOn;
            this.failures = failures;
        }

        @EventHandler
        void on(String event) {
            if (event.equals(failingOn) && failedAttempts.get() < failures) {
                failedAttempts.incrementAndGet();
                throw new MongoSocketReadException("connection to the store lost", new ServerAddress());
            }
            applied.add(event);
        }
    }
}
