package com.clientcare.shared.client;

public enum EngagementLevel {
    HIGH, MEDIUM, LOW, VERY_LOW
}
