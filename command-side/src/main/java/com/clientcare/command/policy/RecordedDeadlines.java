package com.clientcare.command.policy;

import com.clientcare.shared.sla.ClockStartedEvent;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * S6, S7 for auditors: every clock ever started, its recorded deadline beside the one its own policy version
 * sets now. They differ only for clocks whose version was recorded before bank holidays came by rule (#14) and
 * whose deadline fell outside the years that version listed. Reads the whole event log (only the clocks'
 * start events are deserialized): a report to run now and then, not on every request.
 */
@Component
public class RecordedDeadlines {

    private final EventStorageEngine storage;
    private final ServicePolicies policies;

    public RecordedDeadlines(EventStorageEngine storage, ServicePolicies policies) {
        this.storage = storage;
        this.policies = policies;
    }

    /** The clocks started in [from, to) (either may be null: unbounded) that the calendar now places elsewhere. */
    public List<DeadlineDifference> differences(Instant from, Instant to) {
        Map<Integer, PolicyVersion> versions = policies.versions().stream()
                .collect(Collectors.toMap(PolicyVersion::version, Function.identity()));
        try (Stream<ClockStartedEvent> started = storage.readEvents(null, false)
                .filter(event -> ClockStartedEvent.class.equals(event.getPayloadType()))
                .map(event -> (ClockStartedEvent) event.getPayload())) {
            return started
                    .filter(clock -> (from == null || !clock.startedAt().isBefore(from))
                            && (to == null || clock.startedAt().isBefore(to)))
                    .map(clock -> {
                        Instant now = versions.getOrDefault(clock.policyVersion(), ServicePolicies.BEFORE_ANY_VERSION)
                                .deadlineFor(clock.rule(), clock.tier(), clock.startedAt()).deadline();
                        return new DeadlineDifference(clock.clockId(), clock.rule(), clock.subjectId(),
                                clock.complaintId(), clock.startedAt(), clock.policyVersion(), clock.deadline(), now);
                    })
                    .filter(difference -> !difference.deadlineByCalendarNow().equals(difference.recordedDeadline()))
                    .toList();
        }
    }
}
