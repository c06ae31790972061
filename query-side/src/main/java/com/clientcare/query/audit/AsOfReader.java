package com.clientcare.query.audit;

import com.clientcare.query.infra.NotFound;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Folds an aggregate's events up to an instant, straight from the event store (not from a read model). */
@Component
public class AsOfReader {

    private final EventStore eventStore;

    public AsOfReader(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public <E, S> StateAsOf<S> read(String what, String id, Instant at, TimeBasis basis, Class<E> eventType,
                                    Function<List<E>, Optional<S>> fold) {
        return readIfAny(id, at, basis, eventType, fold).orElseThrow(() -> new NotFound(what, id + " as of " + at));
    }

    /** Empty when the aggregate did not exist yet at that instant. */
    public <E, S> Optional<StateAsOf<S>> readIfAny(String id, Instant at, TimeBasis basis, Class<E> eventType,
                                                   Function<List<E>, Optional<S>> fold) {
        List<? extends DomainEventMessage<?>> upToThen = eventStore.readEvents(id, 0).asStream()
                .filter(event -> eventType.isInstance(event.getPayload()))
                .filter(event -> !(basis == TimeBasis.RECORDED ? event.getTimestamp()
                        : FirstInstantField.orRecordedAt(event)).isAfter(at))
                .toList();
        return fold.apply(upToThen.stream().map(event -> eventType.cast(event.getPayload())).toList())
                .map(state -> new StateAsOf<>(id, at, basis, upToThen.size(),
                        upToThen.get(upToThen.size() - 1).getSequenceNumber(), state));
    }
}
