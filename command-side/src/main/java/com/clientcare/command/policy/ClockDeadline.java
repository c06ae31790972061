package com.clientcare.command.policy;

import java.time.Instant;

/** When a clock is due, when it becomes at risk, and which version of the policy said so (S6, S7). */
public record ClockDeadline(Instant deadline, Instant atRiskFrom, int policyVersion) {
}
