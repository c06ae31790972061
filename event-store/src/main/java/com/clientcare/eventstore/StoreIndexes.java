package com.clientcare.eventstore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

import java.time.Duration;

/**
 * Creates the store's indexes once MongoDB answers. It runs in the background and retries, so that an
 * application can start before the store is reachable (the query side often does).
 */
public class StoreIndexes {

    private static final Logger log = LoggerFactory.getLogger(StoreIndexes.class);
    private static final Duration RETRY_EVERY = Duration.ofSeconds(2);

    private final Runnable ensureIndexes;
    private boolean ready;

    public StoreIndexes(Runnable ensureIndexes) {
        this.ensureIndexes = ensureIndexes;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void createInBackground() {
        Thread thread = new Thread(this::createUntilDone, "store-indexes");
        thread.setDaemon(true);
        thread.start();
    }

    private void createUntilDone() {
        while (!ready) {
            try {
                ensureIndexes.run();
                ready = true;
            } catch (RuntimeException e) {
                log.warn("Event store not reachable yet ({}); retrying in {} s", e.getMessage(), RETRY_EVERY.toSeconds());
                sleep();
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(RETRY_EVERY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
