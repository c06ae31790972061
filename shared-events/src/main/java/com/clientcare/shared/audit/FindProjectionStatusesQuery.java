package com.clientcare.shared.audit;

/** Where every live projection stands in the log, across all query-side instances. */
public record FindProjectionStatusesQuery() {
}
