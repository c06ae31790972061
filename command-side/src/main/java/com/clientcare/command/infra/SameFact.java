package com.clientcare.command.infra;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Objects;

/**
 * Whether a retried request states the same fact as the one already recorded. Times count only when the caller
 * stated them (the command's metadata {@value #TIME_STATED}): a request that omits its business time gets "now",
 * which differs on every retry of the same body, while a stated time that differs is a correction, not a retry.
 */
public final class SameFact {

    /** Command metadata: the caller stated the fact's business time. */
    public static final String TIME_STATED = "businessTimeStated";

    private SameFact() {
    }

    public static boolean as(Record recorded, Record retried) {
        if (recorded.getClass() != retried.getClass()) {
            return false;
        }
        boolean timesCount = timeStated();
        for (RecordComponent component : recorded.getClass().getRecordComponents()) {
            if ((timesCount || component.getType() != Instant.class)
                    && !Objects.equals(valueOf(component, recorded), valueOf(component, retried))) {
                return false;
            }
        }
        return true;
    }

    private static boolean timeStated() {
        return CurrentUnitOfWork.isStarted()
                && Boolean.TRUE.equals(CurrentUnitOfWork.get().getMessage().getMetaData().get(TIME_STATED));
    }

    private static Object valueOf(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }
}
