package com.clientcare.query.audit;

import com.clientcare.query.client.ClientSummary;

import java.time.Instant;

/** A client as it stood at an instant: the fold of its events up to then, and how many there were. */
public record ClientAsOf(String clientId, Instant asOf, TimeBasis basis, int eventsApplied, long lastSequence,
                         ClientSummary state) {
}
