package com.clientcare.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Recent failed logins per user name: after {@code limit} failures within {@code window}, that user's further
 * attempts are refused until the oldest of them leaves the window. Other users are not affected. Bounded in the
 * number of names it tracks, so a flood of invented names cannot grow it without end.
 */
public final class FailedLogins {

    private static final int NAMES_TRACKED = 10_000;

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > NAMES_TRACKED;
        }
    };

    public FailedLogins(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** How long the user must wait before trying again, if refused now. */
    public synchronized Optional<Duration> refusedFor(String user) {
        Deque<Instant> recent = recent(user);
        if (recent.size() < limit) {
            return Optional.empty();
        }
        Duration wait = Duration.between(clock.instant(), recent.peekFirst().plus(window));
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    }

    public synchronized void failed(String user) {
        Deque<Instant> recent = recent(user);
        recent.addLast(clock.instant());
        while (recent.size() > limit) {
            recent.removeFirst();
        }
    }

    public synchronized void succeeded(String user) {
        failures.remove(user);
    }

    private Deque<Instant> recent(String user) {
        Deque<Instant> recent = failures.computeIfAbsent(user, name -> new ArrayDeque<>());
        Instant since = clock.instant().minus(window);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(since)) {
            recent.removeFirst();
        }
        return recent;
    }
}
