package com.clientcare.command.sla;

import com.clientcare.command.infra.DeadlineStore;
import com.clientcare.eventstore.EventMetadata;
import com.clientcare.shared.sla.ClockBreachedEvent;
import com.clientcare.shared.sla.ClockMetEvent;
import com.clientcare.shared.sla.ClockStartedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

/**
 * Keeps the deadline of every running clock in the {@link DeadlineStore} (S7): kept when the clock starts, removed
 * when it is met or breached. {@link DeadlineWatch} reads them.
 */
@Component
@ProcessingGroup("clock-deadlines")
public class ClockDeadlineTracker {

    private final DeadlineStore deadlines;

    public ClockDeadlineTracker(DeadlineStore deadlines) {
        this.deadlines = deadlines;
    }

    /**
     * The correlation id of the fact that started the clock travels on to its breach and what that causes; the
     * clock's start is the cause of a breach found by the watch.
     */
    @EventHandler
    void on(ClockStartedEvent event, @MetaDataValue(EventMetadata.CORRELATION_ID) String correlationId,
            @MessageIdentifier String startId) {
        deadlines.keep(event.clockId(), event.deadline(), correlationId, startId);
    }

    @EventHandler
    void on(ClockMetEvent event) {
        deadlines.remove(event.clockId());
    }

    @EventHandler
    void on(ClockBreachedEvent event) {
        deadlines.remove(event.clockId());
    }
}
