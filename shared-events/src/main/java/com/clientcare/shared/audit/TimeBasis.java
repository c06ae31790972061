package com.clientcare.shared.audit;

/**
 * Which clock "as of" reads: RECORDED, when the system stored each event (what the system knew then), or
 * BUSINESS, when the fact happened in the world (what was true then, as known now).
 */
public enum TimeBasis {
    RECORDED, BUSINESS
}
