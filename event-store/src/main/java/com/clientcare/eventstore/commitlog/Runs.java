package com.clientcare.eventstore.commitlog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.LongStream;

/**
 * Finds gap-free runs by their exact start keys only (one {@code _id $in} query per call), never by range, so a
 * read costs the keys it asks for whatever the size of the collection. Asking for a key that does not exist costs
 * about as much as one that does (mongo-java-server's H2 backend), so callers ask for about as many keys as they
 * expect runs.
 */
final class Runs<T extends Run> {

    /** How far before a number the first query looks for the run holding it: one such query covers small runs. */
    private static final int LOOK_BACK = 8;

    private final Function<List<Long>, List<T>> byStarts;

    /** @param byStarts the runs starting at any of the given numbers, in any order */
    Runs(Function<List<Long>, List<T>> byStarts) {
        this.byStarts = byStarts;
    }

    /** The runs from {@code start} (a run boundary) on, contiguous, asking for the {@code keys} starts after it. */
    List<T> from(long start, int keys) {
        return contiguous(find(start, start + keys), start);
    }

    /**
     * The run holding {@code n} (which may start before it) and the contiguous runs after it; empty if {@code n}
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
                    List<T> runs = new ArrayList<>(List.of(holder));
                    runs.addAll(from(holder.end(), keys));
                    return runs;
                })
                .orElse(List.of());
    }

    /** The run holding {@code n}, looking further back in ever larger windows ending at {@code windowEnd}. */
    private Optional<T> holding(long windowEnd, long n) {
        long width = 4L * LOOK_BACK;
        long end = windowEnd;
        while (end >= 0) {
            long start = Math.max(0, end - width + 1);
            Optional<T> last = lastStartingAtOrBefore(find(start, end + 1), end);
            if (last.isPresent()) {
                return last.filter(run -> run.end() > n);
            }
            end = start - 1;
            width *= 4;
        }
        return Optional.empty();
    }

    private List<T> find(long fromInclusive, long toExclusive) {
        List<T> found = new ArrayList<>(byStarts.apply(LongStream.range(fromInclusive, toExclusive).boxed().toList()));
        found.sort(Comparator.comparingLong(Run::start));
        return found;
    }

    private static <T extends Run> Optional<T> lastStartingAtOrBefore(List<T> sorted, long n) {
        T last = null;
        for (T run : sorted) {
            if (run.start() > n) {
                break;
            }
            last = run;
        }
        return Optional.ofNullable(last);
    }

    /**
     * The runs chained from {@code start}: each one starting where the one before ends. A run that appears without
     * the one before it (a concurrent writer's, seen by a query that missed the earlier one) is left for later.
     */
    private static <T extends Run> List<T> contiguous(List<T> sorted, long start) {
        List<T> chained = new ArrayList<>();
        long expected = start;
        for (T run : sorted) {
            if (run.start() < expected) {
                continue;
            }
            if (run.start() > expected) {
                break;
            }
            chained.add(run);
            expected = run.end();
        }
        return chained;
    }
}
