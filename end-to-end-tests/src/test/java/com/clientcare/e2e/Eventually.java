package com.clientcare.e2e;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls for a state that arrives asynchronously, up to a deadline: never a fixed sleep. */
final class Eventually {

    private static final long POLL_MILLIS = 100;

    private Eventually() {
    }

    static void within(Duration timeout, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }
}
