package com.clientcare.shared.client;

/** C7: when feedback was asked for. */
public enum FeedbackContext {
    PERIODIC, INTERACTION, COMPLAINT, ENGAGEMENT_END
}
