package com.clientcare.shared.audit;

/** The report of an integrity check started in the background: its progress while it runs, its finding once done. */
public record FindIntegrityCheckQuery(String checkId) {
}
