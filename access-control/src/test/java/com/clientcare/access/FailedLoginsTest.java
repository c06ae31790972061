package com.clientcare.access;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** #17: a burst of wrong passwords holds back that user only, for as long as the burst is recent. */
class FailedLoginsTest {

    private final MutableClock clock = new MutableClock();
    private final FailedLogins logins = new FailedLogins(3, Duration.ofMinutes(1), clock);

    @Test
    void a_user_is_refused_after_the_limit_of_failures_within_the_window_and_others_are_not() {
        logins.failed("alice");
        logins.failed("alice");
        assertThat(logins.refusedFor("alice")).isEmpty();

        logins.failed("alice");

        assertThat(logins.refusedFor("alice")).contains(Duration.ofMinutes(1));
        assertThat(logins.refusedFor("bob")).isEmpty();
    }

    @Test
    void the_refusal_ends_when_the_oldest_failure_leaves_the_window() {
        logins.failed("alice");
        clock.advance(Duration.ofSeconds(20));
        logins.failed("alice");
        logins.failed("alice");

        assertThat(logins.refusedFor("alice")).contains(Duration.ofSeconds(40));
        clock.advance(Duration.ofSeconds(40));
        assertThat(logins.refusedFor("alice")).isEmpty();
    }

    @Test
    void a_success_clears_the_failures() {
        logins.failed("alice");
        logins.failed("alice");
        logins.succeeded("alice");
        logins.failed("alice");

        assertThat(logins.refusedFor("alice")).isEmpty();
    }
}
