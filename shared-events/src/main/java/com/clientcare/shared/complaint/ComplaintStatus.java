package com.clientcare.shared.complaint;

/** Where a complaint stands: open, answered, resolved (accepted), rejected, or referred to independent redress. */
public enum ComplaintStatus {
    OPEN, FINAL_RESPONSE_ISSUED, RESOLVED, REJECTED, REFERRED
}
