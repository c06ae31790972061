package com.clientcare.shared.audit;

import java.time.Instant;

/** A client account (M1) as it stood at {@code asOf} by the given time basis; none when it did not exist yet. */
public record FindClientAccountAsOfQuery(String accountId, Instant asOf, TimeBasis basis) {
}
