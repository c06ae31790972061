package com.clientcare.eventstore.commitlog;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where each recently seen aggregate stream ends (the sequence number its next commit must start at), as learnt
 * by this JVM from a whole load or a stored commit. Stream ends only grow, so an entry is never too high: when it
 * equals an append's first sequence, that append continues the stream (a concurrent writer that went further
 * already holds that key and the insert fails). Anything else is looked up in the store. Bounded, least recently
 * used out first.
 */
final class StreamEnds {

    private final Map<String, Long> ends;

    StreamEnds(int capacity) {
        this.ends = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized boolean endsAt(String aggregateId, long sequence) {
        Long end = ends.get(aggregateId);
        return end != null && end == sequence;
    }

    synchronized void seen(String aggregateId, long end) {
        ends.merge(aggregateId, end, Math::max);
    }
}
