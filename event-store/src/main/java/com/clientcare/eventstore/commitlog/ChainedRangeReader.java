package com.clientcare.eventstore.commitlog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.LongStream;

/**
 * Reads gap-free chains of ranges by their exact start keys only (one {@code _id $in} query per call), never by a
 * key range, so a read costs the keys it asks for whatever the size of the collection. Asking for a key that does
 * not exist costs about as much as one that does (mongo-java-server's H2 backend), so callers ask for about as many
 * keys as they expect ranges.
 */
final class ChainedRangeReader<T extends ChainedRange> {

    /** How far before a number the first query looks for the range holding it: one such query covers small ranges. */
    private static final int LOOK_BACK = 8;

    private final Function<List<Long>, List<T>> byStarts;

    /** @param byStarts the ranges starting at any of the given numbers, in any order */
    ChainedRangeReader(Function<List<Long>, List<T>> byStarts) {
        this.byStarts = byStarts;
    }

    /** The ranges from {@code start} (a range boundary) on, contiguous, asking for the {@code keys} starts after it. */
    List<T> from(long start, int keys) {
        return contiguous(find(start, start + keys), start);
    }

    /**
     * The range holding {@code n} (which may start before it) and the contiguous ranges after it; empty if {@code n}
     * is at or past the end.
     */
    List<T> covering(long n, int keys) {
        List<T> found = find(Math.max(0, n - LOOK_BACK), n + keys);
        Optional<T> before = lastStartingAtOrBefore(found, n);
        if (before.isPresent()) {
            return before.get().end() > n ? contiguous(found, before.get().start()) : contiguous(found, n);
        }
        if (n <= LOOK_BACK) {
            return List.of();
        }
        return holding(n - LOOK_BACK - 1, n)
                .map(holder -> {
                    List<T> ranges = new ArrayList<>(List.of(holder));
                    ranges.addAll(from(holder.end(), keys));
                    return ranges;
                })
                .orElse(List.of());
    }

    /** The range holding {@code n}, looking further back in ever larger windows ending at {@code windowEnd}. */
    private Optional<T> holding(long windowEnd, long n) {
        long width = 4L * LOOK_BACK;
        long end = windowEnd;
        while (end >= 0) {
            long start = Math.max(0, end - width + 1);
            Optional<T> last = lastStartingAtOrBefore(find(start, end + 1), end);
            if (last.isPresent()) {
                return last.filter(range -> range.end() > n);
            }
            end = start - 1;
            width *= 4;
        }
        return Optional.empty();
    }

    private List<T> find(long fromInclusive, long toExclusive) {
        List<T> found = new ArrayList<>(byStarts.apply(LongStream.range(fromInclusive, toExclusive).boxed().toList()));
        found.sort(Comparator.comparingLong(ChainedRange::start));
        return found;
    }

    private static <T extends ChainedRange> Optional<T> lastStartingAtOrBefore(List<T> sorted, long n) {
        T last = null;
        for (T range : sorted) {
            if (range.start() > n) {
                break;
            }
            last = range;
        }
        return Optional.ofNullable(last);
    }

    /**
     * The ranges chained from {@code start}: each one starting where the one before ends. A range that appears without
     * the one before it (a concurrent writer's, seen by a query that missed the earlier one) is left for later.
     */
    private static <T extends ChainedRange> List<T> contiguous(List<T> sorted, long start) {
        List<T> chained = new ArrayList<>();
        long expected = start;
        for (T range : sorted) {
            if (range.start() < expected) {
                continue;
            }
            if (range.start() > expected) {
                break;
            }
            chained.add(range);
            expected = range.end();
        }
        return chained;
    }
}
