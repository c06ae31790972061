package com.clientcare.shared.complaint;

/** K1: what a complaint is about. */
public enum ComplaintCategory {
    CLIENT, STAFF, PRODUCT, SERVICE, SERVICE_STANDARD, LEGAL
}
