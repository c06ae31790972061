package com.clientcare.shared.sla;

/** The service levels of the policy (DOMAIN.md S1..S5): each a clock that starts on one fact and stops on another. */
public enum ServiceLevelRule {
    /** An inbound email enquiry is answered within 2/4/8/24 business hours by tier. */
    S1,
    /** A phone enquiry, and every complaint, gets an initial response by the end of the next working day. */
    S2,
    /** A follow-up within 48 hours after an initial meeting. */
    S3,
    /** A complaint is assessed within 24 hours of being reported. */
    S4,
    /** A complaint gets its final response within 28 calendar days. */
    S5
}
