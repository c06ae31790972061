package com.clientcare.eventstore;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTrigger;
import org.axonframework.eventsourcing.Snapshotter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

class SnapshotThresholdsTest {

    private final SnapshotThresholds thresholds = new Binder(new MapConfigurationPropertySource(Map.of(
            "clientcare.snapshots.client", "3", "clientcare.snapshots.Complaint", "0")))
            .bind("clientcare", SnapshotThresholds.class).get();

    @Test
    void each_aggregate_type_has_its_own_threshold_and_the_rest_the_default() {
        assertThat(thresholds.every("Client")).isEqualTo(3);
        assertThat(thresholds.every("complaint")).isZero();
        assertThat(thresholds.every("Other")).isEqualTo(SnapshotThresholds.DEFAULT_EVERY);
        assertThat(thresholds.trigger("complaint", mock(Snapshotter.class))).isSameAs(NoSnapshotTriggerDefinition.INSTANCE);
    }

    @Test
    void the_trigger_asks_for_a_snapshot_once_the_threshold_of_events_is_reached() {
        Snapshotter snapshotter = mock(Snapshotter.class);
        SnapshotTrigger trigger = thresholds.trigger("client", snapshotter).prepareTrigger(Object.class);
        trigger.initializationFinished();

        trigger.eventHandled(new GenericDomainEventMessage<>("Client", "c-1", 0, "first"));
        trigger.eventHandled(new GenericDomainEventMessage<>("Client", "c-1", 1, "second"));
        verifyNoInteractions(snapshotter);
        trigger.eventHandled(new GenericDomainEventMessage<>("Client", "c-1", 2, "third"));

        verify(snapshotter, times(1)).scheduleSnapshot(Object.class, "c-1");
    }
}
