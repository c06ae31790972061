package com.clientcare.shared.audit;

import java.time.Instant;

/** A client as it stood at {@code asOf} by the given time basis; none when it did not exist yet. */
public record FindClientAsOfQuery(String clientId, Instant asOf, TimeBasis basis) {
}
