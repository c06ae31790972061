package com.clientcare.eventstore;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How many events an aggregate of each type takes between snapshots: {@code clientcare.snapshots.<type>=<events>}
 * (the type in any case, e.g. {@code clientcare.snapshots.client=100}); 0 turns snapshots off for that type, and a
 * type not configured gets {@value #DEFAULT_EVERY}. The command side declares one trigger bean per aggregate:
 * {@code thresholds.trigger("client", snapshotter)}, named in {@code @Aggregate(snapshotTriggerDefinition = ...)}.
 */
@ConfigurationProperties("clientcare")
public record SnapshotThresholds(Map<String, Integer> snapshots) {

    public static final int DEFAULT_EVERY = 100;

    public SnapshotThresholds {
        // property sources differ in whether they keep the case of a map key
        snapshots = snapshots == null ? Map.of() : snapshots.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                entry -> entry.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue));
    }

    /** Events between snapshots of that aggregate type. */
    public int every(String aggregateType) {
        return snapshots.getOrDefault(aggregateType.toLowerCase(Locale.ROOT), DEFAULT_EVERY);
    }

    public SnapshotTriggerDefinition trigger(String aggregateType, Snapshotter snapshotter) {
        int every = every(aggregateType);
        return every > 0 ? new EventCountSnapshotTriggerDefinition(snapshotter, every)
                : NoSnapshotTriggerDefinition.INSTANCE;
    }
}
