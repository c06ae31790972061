package com.clientcare.eventstore.processing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.ErrorContext;
import org.axonframework.eventhandling.ErrorHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessingException;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What happens when an event handler fails: the processor stops at that event and retries its batch with
 * back-off (the tracking processor's own: 1 s doubling to 60 s), so a failure delays a read model and never
 * leaves a fact out of it. Each failure is reported (an ERROR log line, the metric
 * {@value #METRIC} per processor, and {@link #of} for the operators' status) with the event's global index; an
 * event that can never be handled (a poison event) keeps its processor there, in error, until someone acts.
 */
public class ProcessingFailures implements ErrorHandler {

    public static final String METRIC = "clientcare.processing.failures";

    /** The event a processor is stuck at, since when, how many attempts failed, and the last error. */
    public record Failure(String processor, Long globalIndex, String eventType, String error, int attempts,
                          Instant since) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(ProcessingFailures.class);
    private static final ThreadLocal<EventMessage<?>> FAILED_AT = new ThreadLocal<>();

    private final Map<String, Failure> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final MeterRegistry meters;

    /** {@code meters} may be null: then failures are logged and kept, not counted. */
    public ProcessingFailures(Clock clock, MeterRegistry meters) {
        this.clock = clock;
        this.meters = meters;
    }

    @Override
    public void handleError(ErrorContext context) throws Exception {
        EventMessage<?> first = failedEvent(context);
        Long index = globalIndexOf(first);
        Failure failure = failures.merge(context.eventProcessor(),
                new Failure(context.eventProcessor(), index, first == null ? null : first.getPayloadType().getName(),
                        String.valueOf(context.error()), 1, clock.instant()),
                (earlier, now) -> Objects.equals(earlier.globalIndex(), now.globalIndex())
                        ? new Failure(now.processor(), now.globalIndex(), now.eventType(), now.error(),
                        earlier.attempts() + 1, earlier.since())
                        : now);
        LOG.error("Processor {} cannot handle the event at global index {} ({}), attempt {}: it stays at that event"
                        + " and retries with back-off", context.eventProcessor(), index, failure.eventType(),
                failure.attempts(), context.error());
        if (meters != null) {
            Counter.builder(METRIC).tag("processor", context.eventProcessor())
                    .description("event handler failures; the processor retries the same event")
                    .register(meters).increment();
        }
        if (context.error() instanceof Exception exception) {
            throw exception;
        }
        throw new EventProcessingException("event handler failed", context.error());
    }

    /**
     * Names the event whose handler failed, on the processor's thread: a processor handling events in batches
     * reports the whole batch as failed, and the operators need the one event it is stuck at.
     */
    public static void failedAt(EventMessage<?> event) {
        FAILED_AT.set(event);
    }

    private static EventMessage<?> failedEvent(ErrorContext context) {
        EventMessage<?> named = FAILED_AT.get();
        FAILED_AT.remove();
        List<? extends EventMessage<?>> batch = context.failedEvents();
        for (EventMessage<?> event : batch) {
            if (named != null && event.getIdentifier().equals(named.getIdentifier())) {
                return event;
            }
        }
        return batch.isEmpty() ? null : batch.get(0);
    }

    /**
     * The failure a processor is stuck at, if it has not yet passed that event ({@code position}: the global
     * index of the last event it handled, if any).
     */
    public Optional<Failure> of(String processor, OptionalLong position) {
        Failure failure = failures.get(processor);
        if (failure == null || failure.globalIndex() == null) {
            return Optional.ofNullable(failure);
        }
        if (position.isPresent() && position.getAsLong() >= failure.globalIndex()) {
            failures.remove(processor, failure);
            return Optional.empty();
        }
        return Optional.of(failure);
    }

    private static Long globalIndexOf(EventMessage<?> event) {
        if (event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null) {
            OptionalLong position = tracked.trackingToken().position();
            return position.isPresent() ? position.getAsLong() : null;
        }
        return null;
    }
}
