package com.clientcare.query.console;

import com.clientcare.access.Role;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

/**
 * The console's pages and who may see them, the same roles as the API (analysts read projections and reports,
 * auditors the audit log besides). A page is served and linked only to a role that reaches its own.
 */
public enum ConsoleSection {
    DASHBOARD("/console", "Dashboard", Role.ANALYST, true),
    COMPLAINTS("/console/complaints", "Complaints", Role.ANALYST, true),
    SERVICE_LEVELS("/console/service-levels", "Service levels", Role.ANALYST, true),
    CLIENTS("/console/clients", "Clients", Role.ANALYST, false),
    AUDIT_EVENTS("/console/audit/events", "Event log", Role.AUDITOR, true),
    AUDIT_AS_OF("/console/audit/as-of", "As of", Role.AUDITOR, true),
    AUDIT_INTEGRITY("/console/audit/integrity", "Integrity", Role.AUDITOR, true),
    AUDIT_PROJECTIONS("/console/audit/projections", "Projections", Role.AUDITOR, true),
    AUDIT("/console/audit", "Audit", Role.AUDITOR, false);

    private final String path;
    private final String label;
    private final Role role;
    private final boolean inNavigation;

    ConsoleSection(String path, String label, Role role, boolean inNavigation) {
        this.path = path;
        this.label = label;
        this.role = role;
        this.inNavigation = inNavigation;
    }

    public String path() {
        return path;
    }

    public String label() {
        return label;
    }

    public Role role() {
        return role;
    }

    public boolean inNavigation() {
        return inNavigation;
    }

    /** The section a console path belongs to: the longest path prefix that matches it. */
    static Optional<ConsoleSection> of(String requestPath) {
        return Arrays.stream(values())
                .filter(section -> requestPath.equals(section.path) || requestPath.startsWith(section.path + "/"))
                .max(Comparator.comparingInt(section -> section.path.length()));
    }
}
