package com.clientcare.eventstore.commitlog;

import org.axonframework.eventhandling.EventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;

import java.time.Instant;

/** An event that belongs to no aggregate, as a tracking reader gets it: not a domain event. */
record TrackedApplicationEvent(TrackingToken trackingToken, EventData<String> event) implements TrackedEventData<String> {

    @Override
    public String getEventIdentifier() {
        return event.getEventIdentifier();
    }

    @Override
    public Instant getTimestamp() {
        return event.getTimestamp();
    }

    @Override
    public SerializedObject<String> getMetaData() {
        return event.getMetaData();
    }

    @Override
    public SerializedObject<String> getPayload() {
        return event.getPayload();
    }
}
