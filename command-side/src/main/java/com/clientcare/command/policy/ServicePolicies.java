package com.clientcare.command.policy;

import com.clientcare.shared.policy.ServicePolicyVersionAdoptedEvent;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The versions of the service policy, read from its events: which version sets the deadline of a clock that
 * starts at a given instant (the latest effective by then; the first covers all time before).
 */
@Component
public class ServicePolicies {

    public static final String POLICY_ID = "service-policy";
    /** What sets deadlines while no version is recorded yet (the first start-up records the defaults). */
    static final PolicyVersion BEFORE_ANY_VERSION = new PolicyVersion(0, DefaultServicePolicy.terms(), Instant.EPOCH);

    private final EventStore eventStore;

    public ServicePolicies(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public List<PolicyVersion> versions() {
        return eventStore.readEvents(POLICY_ID, 0).asStream()
                .filter(event -> event.getPayload() instanceof ServicePolicyVersionAdoptedEvent)
                .map(event -> (ServicePolicyVersionAdoptedEvent) event.getPayload())
                .map(adopted -> new PolicyVersion(adopted.version(), adopted.terms(), adopted.effectiveFrom()))
                .sorted(Comparator.comparingInt(PolicyVersion::version))
                .toList();
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
}
