package com.clientcare.query.sla;

import com.clientcare.shared.client.Tier;
import com.clientcare.shared.sla.ServiceLevelRule;

import java.math.BigDecimal;

/** S7 compliance of the clocks due in one month, for one rule and tier: met / (met + breached), 4 decimals. */
public record ComplianceRate(String month, ServiceLevelRule rule, Tier tier, int met, int breached,
                             BigDecimal rate) {
}
