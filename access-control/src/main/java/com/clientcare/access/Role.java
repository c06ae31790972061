package com.clientcare.access;

/**
 * Who may do what. CONSUMER sends commands; ANALYST reads projections and reports; AUDITOR reads those and the
 * audit API, never commands; ADMIN may do everything, including service-policy versions, erasure, projection
 * resets and replays. METRICS reads {@code /actuator/prometheus} and nothing else (a scraper's role).
 */
public enum Role {
    CONSUMER, ANALYST, AUDITOR, ADMIN, METRICS;

    public String authority() {
        return "ROLE_" + name();
    }
}
