package com.clientcare.web.api;

/** The domain areas an operation is listed under in both API descriptions (Swagger UI groups by them). */
public enum ApiTag {
    CLIENTS("Clients", "Client files, contacts, activity, consents and personal data (C1 to C8)"),
    COMPLAINTS("Complaints",
            "Complaints from logging to acceptance, referral or reopening, and their reports (K1 to K8)"),
    SERVICE_LEVELS("Service levels",
            "The versioned service policy, its business calendar and the clocks it sets (S1 to S7)"),
    SATISFACTION("Satisfaction", "Survey results and their trends by period and tier (C7)"),
    MARKETING("Marketing", "Marketing messages and how clients respond to them (C5, C6)"),
    CLIENT_MONEY("Client money", "Money paid in advance: accounts, statements, draw-downs and reconciliations (M1)"),
    AUDIT("Audit", "Every recorded event with who, when and why; state as of a past instant; replays; integrity"),
    ADMINISTRATION("Administration", "Read models: their progress, and resetting them to rebuild from the log");

    private final String title;
    private final String description;

    ApiTag(String title, String description) {
        this.title = title;
        this.description = description;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }
}
