package com.clientcare.query.audit;

import com.clientcare.shared.audit.TimeBasis;

import java.time.Instant;

/** A client or a complaint as it stood at an instant: the fold of its events up to then, and how many there were. */
public record StateAsOf<S>(String id, Instant asOf, TimeBasis basis, int eventsApplied, long lastSequence, S state) {
}
