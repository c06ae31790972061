package com.clientcare.shared.complaint;

/** K5: the outcome of the final response. */
public enum ComplaintOutcome {
    UPHELD, PARTLY_UPHELD, NOT_UPHELD
}
