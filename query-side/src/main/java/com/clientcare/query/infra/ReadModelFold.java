package com.clientcare.query.infra;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/** A read model as the fold of its events: the creating event starts it, every later one is applied in order. */
public final class ReadModelFold {

    private ReadModelFold() {
    }

    /** {@code start} gives the state for a creating event and null for any other. */
    public static <E, S> Optional<S> of(List<? extends E> history, Function<E, S> start, BiFunction<S, E, S> apply) {
        S state = null;
        for (E event : history) {
            S started = start.apply(event);
            if (started != null) {
                state = started;
            } else if (state != null) {
                state = apply.apply(state, event);
            }
        }
        return Optional.ofNullable(state);
    }
}
