package com.clientcare.query.infra;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A read model is the fold of its events (#15): what comes before the creating event counts for nothing. */
class ReadModelFoldTest {

    @Test
    void a_history_without_its_creating_event_folds_to_nothing() {
        assertThat(fold(List.of("+1", "+2"))).isEmpty();
    }

    @Test
    void events_before_the_creating_event_are_passed_over_and_later_ones_applied_in_order() {
        assertThat(fold(List.of("+9", "start", "+1", "+2"))).contains("start+1+2");
    }

    @Test
    void a_second_creating_event_starts_the_state_again() {
        assertThat(fold(List.of("start", "+1", "start", "+2"))).contains("start+2");
    }

    /** Strings as events: "start" creates the state, every other event is appended to it. */
    private static Optional<String> fold(List<String> history) {
        return ReadModelFold.of(history, event -> event.equals("start") ? event : null,
                (state, event) -> state + event);
    }
}
