package com.clientcare.eventstore.cluster;

import java.lang.management.ManagementFactory;

/**
 * This process's name among the instances sharing one store: {@code pid@host}, the same name Axon's token store
 * records as the owner of a claimed segment, so an operator can match leases and claims to processes.
 */
public final class InstanceName {

    private static final String NAME = ManagementFactory.getRuntimeMXBean().getName();

    private InstanceName() {
    }

    public static String get() {
        return NAME;
    }
}
