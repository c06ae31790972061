package com.clientcare.shared.sla;

import java.time.Instant;

/** S7: the stop fact came after the clock was breached. */
public record ClockStoppedLateEvent(
        String clockId,
        ServiceLevelRule rule,
        String subjectId,
        Instant stoppedAt) {
}
