package com.clientcare.shared.client;

/** Client segment by annual revenue (C2); each tier carries the engagement level that follows it. */
public enum Tier {
    PLATINUM(EngagementLevel.HIGH),
    GOLD(EngagementLevel.MEDIUM),
    SILVER(EngagementLevel.LOW),
    BRONZE(EngagementLevel.VERY_LOW);

    private final EngagementLevel engagementLevel;

    Tier(EngagementLevel engagementLevel) {
        this.engagementLevel = engagementLevel;
    }

    public EngagementLevel engagementLevel() {
        return engagementLevel;
    }
}
