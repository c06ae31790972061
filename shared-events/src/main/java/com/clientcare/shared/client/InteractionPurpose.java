package com.clientcare.shared.client;

public enum InteractionPurpose {
    ENQUIRY, RESPONSE, MEETING, FOLLOW_UP, MARKETING, OTHER
}
