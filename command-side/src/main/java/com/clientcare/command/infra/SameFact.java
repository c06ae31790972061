package com.clientcare.command.infra;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Objects;

/**
 * Whether a retried request states the same fact as the one already recorded. Times are left out: a request
 * that omits its business time gets "now", which differs on every retry of the same body.
 */
public final class SameFact {

    private SameFact() {
    }

    public static boolean ignoringTimes(Record recorded, Record retried) {
        if (recorded.getClass() != retried.getClass()) {
            return false;
        }
        for (RecordComponent component : recorded.getClass().getRecordComponents()) {
            if (component.getType() != Instant.class
                    && !Objects.equals(valueOf(component, recorded), valueOf(component, retried))) {
                return false;
            }
        }
        return true;
    }

    private static Object valueOf(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }
}
