package com.clientcare.command.policy;

import com.clientcare.shared.policy.ServicePolicyReviewedEvent;
import com.clientcare.shared.policy.ServicePolicyVersionAdoptedEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The versions of the service policy, read from its events: which version sets the deadline of a clock that
 * starts at a given instant (the latest effective by then; the first covers all time before). The versions read
 * so far are kept, and each question reads only the policy's events after them (one exact-key read of the store,
 * usually finding none), so a version adopted through another instance counts at once and a clock start never
 * replays the policy's stream.
 */
@Component
public class ServicePolicies {

    public static final String POLICY_ID = "service-policy";
    /** What sets deadlines while no version is recorded yet (the first start-up records the defaults). */
    static final PolicyVersion BEFORE_ANY_VERSION = new PolicyVersion(0, DefaultServicePolicy.terms(), Instant.EPOCH);

    /** The store itself, not the event bus: events staged by a unit of work that may still roll back never count. */
    private final EventStorageEngine eventStore;
    private final List<PolicyVersion> known = new ArrayList<>();
    private Instant lastReviewedAt;
    private long nextSequence;

    public ServicePolicies(EventStorageEngine eventStore) {
        this.eventStore = eventStore;
    }

    public synchronized List<PolicyVersion> versions() {
        eventStore.readEvents(POLICY_ID, nextSequence).asStream().forEach(this::learn);
        return List.copyOf(known);
    }

    /** When the annual review was last recorded (S6); null if never. */
    public synchronized Instant lastReviewedAt() {
        versions();
        return lastReviewedAt;
    }

    /** The version adopted last (which may take effect later), or the defaults while none is recorded. */
    public PolicyVersion latest() {
        List<PolicyVersion> versions = versions();
        return versions.isEmpty() ? BEFORE_ANY_VERSION : versions.get(versions.size() - 1);
    }

    public PolicyVersion inForceAt(Instant instant) {
        List<PolicyVersion> versions = versions();
        if (versions.isEmpty()) {
            return BEFORE_ANY_VERSION;
        }
        return versions.stream()
                .filter(version -> !version.effectiveFrom().isAfter(instant))
                .reduce((earlier, later) -> later)
                .orElse(versions.get(0));
    }

    private void learn(DomainEventMessage<?> event) {
        nextSequence = Math.max(nextSequence, event.getSequenceNumber() + 1);
        if (event.getPayload() instanceof ServicePolicyVersionAdoptedEvent adopted) {
            known.add(new PolicyVersion(adopted.version(), adopted.terms(), adopted.effectiveFrom()));
            known.sort(Comparator.comparingInt(PolicyVersion::version));
        } else if (event.getPayload() instanceof ServicePolicyReviewedEvent reviewed
                && (lastReviewedAt == null || reviewed.reviewedAt().isAfter(lastReviewedAt))) {
            lastReviewedAt = reviewed.reviewedAt();
        }
    }
}
