package com.clientcare.shared.sla;

import java.time.Instant;

/** S7: the stop fact happened by the deadline. */
public record ClockMetEvent(
        String clockId,
        ServiceLevelRule rule,
        String subjectId,
        Instant stoppedAt) {
}
