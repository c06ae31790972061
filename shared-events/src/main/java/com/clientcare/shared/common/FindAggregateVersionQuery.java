package com.clientcare.shared.common;

/** The sequence number of a client's or a complaint's last event as the query side has seen it; none before. */
public record FindAggregateVersionQuery(String aggregateId) {
}
