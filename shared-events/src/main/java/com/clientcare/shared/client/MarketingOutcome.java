package com.clientcare.shared.client;

public enum MarketingOutcome {
    IGNORED, RESPONDED, CONVERTED
}
