package com.clientcare.query.audit;

import org.axonframework.eventhandling.EventMessage;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * An event's business time found by reflection: the first {@link Instant} field of its payload record
 * ({@code occurredAt}, {@code registeredAt}, {@code changedAt}, ...). An event without one happened when it was
 * recorded.
 */
final class FirstInstantField {

    private FirstInstantField() {
    }

    static Instant orRecordedAt(EventMessage<?> event) {
        Object payload = event.getPayload();
        return Optional.ofNullable(payload.getClass().getRecordComponents()).stream()
                .flatMap(Arrays::stream)
                .filter(component -> component.getType() == Instant.class)
                .findFirst()
                .map(component -> read(component, payload))
                .orElse(event.getTimestamp());
    }

    private static Instant read(RecordComponent component, Object payload) {
        try {
            return (Instant) component.getAccessor().invoke(payload);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
