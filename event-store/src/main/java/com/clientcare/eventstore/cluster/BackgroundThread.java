package com.clientcare.eventstore.cluster;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** A named daemon thread for an instance's periodic work (a watch, a heartbeat): it never holds the JVM up. */
public final class BackgroundThread {

    private BackgroundThread() {
    }

    public static ScheduledExecutorService scheduler(String name) {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }
}
