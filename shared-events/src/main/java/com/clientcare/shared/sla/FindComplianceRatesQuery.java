package com.clientcare.shared.sla;

/** Per month of the deadline, rule and tier: how many clocks were met and breached. */
public record FindComplianceRatesQuery() {
}
