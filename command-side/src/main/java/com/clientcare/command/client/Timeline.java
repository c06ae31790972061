package com.clientcare.command.client;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One value of the client file as it changed in business time (a tier, the account manager, consent on one
 * channel): what was in force at an instant, for facts dated in the past (C6, C7). It holds only the changes.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
final class Timeline<T> {

    record Change<T>(Instant from, T value) {
    }

    /** In order of {@code from}; of changes at the same instant, the one recorded last comes last. */
    private final List<Change<T>> changes = new ArrayList<>();

    void change(Instant from, T value) {
        int at = changes.size();
        while (at > 0 && changes.get(at - 1).from().isAfter(from)) {
            at--;
        }
        changes.add(at, new Change<>(from, value));
    }

    /** The value in force at {@code instant}; null before the first change. */
    T at(Instant instant) {
        T inForce = null;
        for (Change<T> change : changes) {
            if (change.from().isAfter(instant)) {
                break;
            }
            inForce = change.value();
        }
        return inForce;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Timeline<?> timeline && changes.equals(timeline.changes);
    }

    @Override
    public int hashCode() {
        return changes.hashCode();
    }
}
