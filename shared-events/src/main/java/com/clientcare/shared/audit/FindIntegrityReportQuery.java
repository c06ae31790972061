package com.clientcare.shared.audit;

/** The hash chain of the event log recomputed from the stored bytes: proof that history was not altered. */
public record FindIntegrityReportQuery() {
}
