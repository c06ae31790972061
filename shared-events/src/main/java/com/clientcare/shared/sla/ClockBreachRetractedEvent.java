package com.clientcare.shared.sla;

import java.time.Instant;

/**
 * S7: a stop fact dated by the deadline was recorded after the clock's breach. The breach stays in the history (it
 * was true of what was known then); this corrects it: the clock was met at {@code stoppedAt}, recorded late.
 * {@code breachedAt} names the breach retracted; {@code stoppedBy} the fact that stopped the clock.
 */
public record ClockBreachRetractedEvent(
        Instant stoppedAt,
        String clockId,
        ServiceLevelRule rule,
        String subjectId,
        String complaintId,
        Instant breachedAt,
        String stoppedBy) {
}
