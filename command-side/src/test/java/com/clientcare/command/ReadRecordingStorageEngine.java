package com.clientcare.command;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;

import java.util.ArrayList;
import java.util.List;

/** A store in memory that notes from which sequence number each read of an aggregate's events starts. */
public class ReadRecordingStorageEngine extends InMemoryEventStorageEngine {

    private final List<Long> readsFrom = new ArrayList<>();

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        readsFrom.add(firstSequenceNumber);
        return super.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    /** The first sequence number of every read so far, in order. */
    public List<Long> readsFrom() {
        return readsFrom;
    }
}
