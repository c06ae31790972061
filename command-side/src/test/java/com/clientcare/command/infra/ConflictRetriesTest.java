package com.clientcare.command.infra;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** #17, #19: only a command that lost a race for its aggregate is sent again, a bounded number of times. */
class ConflictRetriesTest {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final ConflictRetries retries = new ConflictRetries(executor, 2, 1);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void a_command_that_lost_a_race_is_sent_again() throws Exception {
        CountDownLatch sent = new CountDownLatch(1);

        assertThat(retries.scheduleRetry(command(), new ConcurrencyException("stored first"), attempts(1),
                sent::countDown)).isTrue();
        assertThat(sent.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void a_creation_that_lost_to_another_is_sent_again_to_meet_the_record_that_exists() {
        assertThat(retries.scheduleRetry(command(), new AggregateStreamCreationException("created first"),
                attempts(1), () -> { })).isTrue();
    }

    @Test
    void a_conflict_wrapped_in_another_failure_is_recognised() {
        assertThat(retries.scheduleRetry(command(), new IllegalStateException("handler failed",
                new ConcurrencyException("stored first")), attempts(1), () -> { })).isTrue();
    }

    @Test
    void a_broken_rule_is_never_sent_again() {
        assertThat(retries.scheduleRetry(command(), new IllegalArgumentException("C2"), attempts(1), () -> { }))
                .isFalse();
    }

    @Test
    void a_command_is_sent_again_at_most_the_configured_times() {
        assertThat(retries.scheduleRetry(command(), new ConcurrencyException("again"), attempts(2), () -> { }))
                .isTrue();
        assertThat(retries.scheduleRetry(command(), new ConcurrencyException("again"), attempts(3), () -> { }))
                .isFalse();
    }

    @SuppressWarnings("unchecked")
    private static List<Class<? extends Throwable>[]> attempts(int count) {
        List<Class<? extends Throwable>[]> failures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            failures.add(new Class[]{ConcurrencyException.class});
        }
        return failures;
    }

    private static GenericCommandMessage<String> command() {
        return new GenericCommandMessage<>("a command");
    }
}
