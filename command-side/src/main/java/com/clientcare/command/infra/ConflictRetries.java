package com.clientcare.command.infra;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;

import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Sends a command again when it lost a race for its aggregate (another change, or the same creation, was stored
 * first), a few times, after a growing delay with jitter so that racing instances do not collide again. The
 * retried command is decided afresh on the aggregate as it now is, so a real conflict (a retry with another body,
 * a rule the new state breaks) still answers as such. Anything else is never retried.
 * <p>
 * An If-Match that names a version <em>newer</em> than the copy this instance had in its cache is such a lost race
 * too (another instance stored the change); the failed command evicted the stale copy, and the retry compares the
 * If-Match with the aggregate as stored. An If-Match older than the aggregate is a real conflict, never retried.
 */
public final class ConflictRetries implements RetryScheduler {

    private final ScheduledExecutorService executor;
    private final int maxRetries;
    private final long baseDelayMillis;

    public ConflictRetries(ScheduledExecutorService executor, int maxRetries, long baseDelayMillis) {
        this.executor = executor;
        this.maxRetries = maxRetries;
        this.baseDelayMillis = baseDelayMillis;
    }

    @Override
    public boolean scheduleRetry(CommandMessage commandMessage, RuntimeException lastFailure,
                                 List<Class<? extends Throwable>[]> failures, Runnable commandDispatch) {
        int retriesSoFar = failures.size() - 1;
        if (!lostARace(lastFailure) || retriesSoFar >= maxRetries) {
            return false;
        }
        long delay = (baseDelayMillis << retriesSoFar) + ThreadLocalRandom.current().nextLong(baseDelayMillis + 1);
        executor.schedule(commandDispatch, delay, TimeUnit.MILLISECONDS);
        return true;
    }

    private static boolean lostARace(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException) {
                return true;
            }
            if (cause instanceof ConflictingAggregateVersionException version
                    && version.getExpectedVersion() > version.getActualVersion()) {
                return true;
            }
        }
        return false;
    }
}
