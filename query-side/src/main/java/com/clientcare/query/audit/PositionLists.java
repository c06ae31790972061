package com.clientcare.query.audit;

import com.clientcare.query.infra.KeyIndex;
import com.clientcare.query.infra.KeyIndex.Placement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.function.LongFunction;

/**
 * Global indexes of the event log kept in {@link KeyIndex} lists by one processor (#16), so an auditor's filter reads
 * the events at those positions instead of scanning the log. An entry's sort time is its position in seconds, so a
 * list's order is the log's order; {@code bucketOf} must never decrease along the log, so a bucket's label orders its
 * positions too.
 */
final class PositionLists {

    /** Entries read at once while a page is read: the largest page, whether in one full bucket or many sparse ones. */
    private static final int ENTRIES_PER_READ = AuditFilter.MOST;

    private final KeyIndex lists;
    private final String processor;
    private final LongFunction<String> bucketOf;

    PositionLists(KeyIndex lists, String processor, LongFunction<String> bucketOf) {
        this.lists = lists;
        this.processor = processor;
        this.bucketOf = bucketOf;
    }

    /** The processor that keeps these lists: they are complete up to where its token stands. */
    String processor() {
        return processor;
    }

    void add(String list, long position) {
        lists.add(new Placement(list, bucketOf.apply(position), Instant.ofEpochSecond(position),
                Long.toString(position), List.of()));
    }

    void clear() {
        lists.clear();
    }

    /**
     * The positions one list holds in {@code (after, upTo]}: only its directory is read here, the buckets when
     * {@link Reading#positions()} is walked.
     */
    Reading reading(String list, long after, long upTo) {
        if (upTo <= after) {
            return new Reading(list, after, upTo, Collections.emptyNavigableMap());
        }
        NavigableMap<String, Integer> buckets = lists.counts(list)
                .subMap(bucketOf.apply(after + 1), true, bucketOf.apply(upTo), true);
        return new Reading(list, after, upTo, buckets);
    }

    /** One list between two positions: its buckets there with their counts, read lazily. */
    final class Reading {

        private final String list;
        private final long after;
        private final long upTo;
        private final NavigableMap<String, Integer> buckets;

        private Reading(String list, long after, long upTo, NavigableMap<String, Integer> buckets) {
            this.list = list;
            this.after = after;
            this.upTo = upTo;
            this.buckets = buckets;
        }

        /** Where the list is complete: the events after it are read from the log. */
        long upTo() {
            return upTo;
        }

        /** How many entries the buckets of the range hold: at least the positions in it, a few more at its ends. */
        long size() {
            return buckets.values().stream().mapToLong(Integer::longValue).sum();
        }

        /** The positions in the range, ascending, a few buckets read at a time. */
        Iterator<Long> positions() {
            return new Iterator<>() {

                private final Iterator<Map.Entry<String, Integer>> labels = buckets.entrySet().iterator();
                private Iterator<Long> current = Collections.emptyIterator();

                @Override
                public boolean hasNext() {
                    while (!current.hasNext() && labels.hasNext()) {
                        List<String> next = new ArrayList<>();
                        long entries = 0;
                        while (labels.hasNext() && entries < ENTRIES_PER_READ) {
                            Map.Entry<String, Integer> bucket = labels.next();
                            next.add(bucket.getKey());
                            entries += bucket.getValue();
                        }
                        current = lists.entries(list, next).stream().map(entry -> entry.at().getEpochSecond())
                                .filter(position -> position > after && position <= upTo).iterator();
                    }
                    return current.hasNext();
                }

                @Override
                public Long next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return current.next();
                }
            };
        }
    }
}
