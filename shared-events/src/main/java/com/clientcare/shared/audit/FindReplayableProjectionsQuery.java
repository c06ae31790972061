package com.clientcare.shared.audit;

/** The projections a replay can rebuild, by processing group. */
public record FindReplayableProjectionsQuery() {
}
