package com.clientcare.command.infra;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How often each aggregate type is snapshotted: after this many events since the last snapshot. */
@Configuration
public class SnapshotConfiguration {

    @Bean
    public SnapshotTriggerDefinition clientSnapshotTrigger(Snapshotter snapshotter,
                                                           @Value("${clientcare.snapshots.client:100}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
