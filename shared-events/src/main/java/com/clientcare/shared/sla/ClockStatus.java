package com.clientcare.shared.sla;

/**
 * Where a clock stands (S7). RUNNING, MET and BREACHED follow from recorded facts; AT_RISK is a running clock
 * that has used the at-risk share of its time, judged against the current time when asked.
 */
public enum ClockStatus {
    RUNNING, AT_RISK, MET, BREACHED
}
