package com.clientcare.command.rules;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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

    /**
     * What a fact states, kept instead of the fact (a client's file keeps one per fact it ever recorded): a 64-bit
     * digest of everything but its business time, and that time exactly. For facts with exactly one business
     * time (an {@link Instant} component).
     */
    public record Print(long content, Instant at) {
    }

    public static Print printOf(Record fact) {
        MessageDigest sha = sha256();
        Instant at = null;
        for (RecordComponent component : fact.getClass().getRecordComponents()) {
            Object value = valueOf(component, fact);
            if (component.getType() == Instant.class) {
                if (at != null) {
                    throw new IllegalArgumentException(fact.getClass() + " has more than one business time");
                }
                at = (Instant) value;
                continue;
            }
            feed(sha, component.getName());
            feed(sha, value);
        }
        if (at == null) {
            throw new IllegalArgumentException(fact.getClass() + " has no business time");
        }
        return new Print(ByteBuffer.wrap(sha.digest()).getLong(), at);
    }

    /** A kind and a length before every value, so that no two different facts give the same bytes. */
    private static void feed(MessageDigest sha, Object value) {
        if (value == null) {
            sha.update((byte) 0);
        } else if (value instanceof Iterable<?> values) {
            sha.update((byte) 1);
            values.forEach(element -> feed(sha, element));
            sha.update((byte) 2);
        } else if (value instanceof Record record) {
            sha.update((byte) 3);
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                feed(sha, valueOf(component, record));
            }
        } else {
            byte[] text = value.toString().getBytes(StandardCharsets.UTF_8);
            sha.update((byte) 4);
            sha.update(ByteBuffer.allocate(4).putInt(text.length).array());
            sha.update(text);
        }
    }

    /** As {@link #as(Record, Record)}, for a fact kept only as its print. */
    public static boolean as(Print recorded, Print retried) {
        return recorded.content() == retried.content() && (!timeStated() || Objects.equals(recorded.at(), retried.at()));
    }

    /** A digest's first 8 bytes: 64 bits are plenty to tell apart the facts of one client file. */
    public static long digest(String text) {
        return ByteBuffer.wrap(sha256().digest(text.getBytes(StandardCharsets.UTF_8))).getLong();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
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
