package com.clientcare.eventstore;

/** Keys of the metadata every command and event carries: who issued it, and which message led to it. */
public final class EventMetadata {

    public static final String USER = "user";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";

    private EventMetadata() {
    }
}
