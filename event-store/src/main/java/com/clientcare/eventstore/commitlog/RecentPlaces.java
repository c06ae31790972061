package com.clientcare.eventstore.commitlog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The commits tracking reads of this JVM fetched last, by the position they start at, so that readers walking the
 * same stretch of the log fetch it once. Every segment of every projection reads the whole log itself (4 segments of
 * 11 projections: 44 readers while the query side catches up), and at 1,000,000 events each fetch of a commit cost the
 * embedded server a page read and an encoding (#16). A placed commit never changes, so a remembered one is never
 * stale; only commits read are remembered, never the absence of one. The oldest fetched go first.
 */
final class RecentPlaces {

    private final Map<Long, GlobalLog.Place> byStart;

    RecentPlaces(int capacity) {
        this.byStart = new LinkedHashMap<>(Math.max(16, capacity * 4 / 3 + 1)) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, GlobalLog.Place> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized void remember(List<GlobalLog.Place> places) {
        places.forEach(place -> byStart.put(place.start(), place));
    }

    /** The remembered places chained from {@code start} (a commit's first position), up to {@code most} positions. */
    synchronized List<GlobalLog.Place> chainFrom(long start, int most) {
        List<GlobalLog.Place> chain = new ArrayList<>();
        long next = start;
        GlobalLog.Place place;
        while (next < start + most && (place = byStart.get(next)) != null) {
            chain.add(place);
            next = place.end();
        }
        return chain;
    }
}
