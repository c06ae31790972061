package com.clientcare.shared.audit;

/** Where one live projection (by processing group) stands in the log; none when there is no such projection. */
public record FindProjectionStatusQuery(String projection) {
}
