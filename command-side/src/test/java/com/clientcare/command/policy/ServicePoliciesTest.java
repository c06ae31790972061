package com.clientcare.command.policy;

import com.clientcare.command.ReadRecordingStorageEngine;
import com.clientcare.shared.policy.ServicePolicyReviewedEvent;
import com.clientcare.shared.policy.ServicePolicyVersionAdoptedEvent;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The versions of the service policy as every instance reads them from the store (S6), without replays. */
class ServicePoliciesTest {

    private static final Instant JANUARY = Instant.parse("2026-01-05T09:00:00Z");
    private static final Instant MARCH = Instant.parse("2026-03-02T09:00:00Z");

    private final ReadRecordingStorageEngine store = new ReadRecordingStorageEngine();
    private long nextSequence;

    @Test
    void s6_a_version_adopted_through_another_instance_sets_the_next_clock_here_at_once() {
        adopt(1, Instant.EPOCH);
        ServicePolicies here = new ServicePolicies(store);
        assertThat(here.inForceAt(MARCH).version()).isEqualTo(1);

        adopt(2, JANUARY);

        assertThat(here.inForceAt(MARCH).version()).isEqualTo(2);
    }

    @Test
    void s6_after_a_restart_every_version_and_the_last_review_are_read_from_the_store() {
        adopt(1, Instant.EPOCH);
        record(new ServicePolicyReviewedEvent(ServicePolicies.POLICY_ID, "fine", JANUARY));
        adopt(2, MARCH);

        ServicePolicies restarted = new ServicePolicies(store);

        assertThat(restarted.versions()).extracting(PolicyVersion::version).containsExactly(1, 2);
        assertThat(restarted.lastReviewedAt()).isEqualTo(JANUARY);
        assertThat(restarted.inForceAt(JANUARY).version()).isEqualTo(1);
    }

    @Test
    void s6_starting_a_clock_reads_only_the_policy_events_after_those_already_known() {
        adopt(1, Instant.EPOCH);
        adopt(2, JANUARY);
        ServicePolicies policies = new ServicePolicies(store);

        policies.inForceAt(MARCH);
        policies.inForceAt(MARCH);

        assertThat(store.readsFrom()).containsExactly(0L, 2L);
    }

    private void adopt(int version, Instant effectiveFrom) {
        record(new ServicePolicyVersionAdoptedEvent(ServicePolicies.POLICY_ID, version, DefaultServicePolicy.terms(),
                effectiveFrom, "test", effectiveFrom));
    }

    private void record(Object event) {
        store.appendEvents(new GenericDomainEventMessage<>("ServicePolicy", ServicePolicies.POLICY_ID,
                nextSequence++, event));
    }
}
