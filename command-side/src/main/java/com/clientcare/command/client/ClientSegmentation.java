package com.clientcare.command.client;

import com.clientcare.command.rules.BusinessRuleViolation;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.common.Money;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

/**
 * C2: the tier a client's annual revenue puts it in. Boundaries belong to the upper tier except at the top:
 * exactly 1,000,000 is Gold, exactly 500,000 is Gold, exactly 100,000 is Silver.
 */
@Component
public class ClientSegmentation {

    static final String CURRENCY = "USD";
    private static final BigDecimal PLATINUM_ABOVE = new BigDecimal("1000000");
    private static final BigDecimal GOLD_FROM = new BigDecimal("500000");
    private static final BigDecimal SILVER_FROM = new BigDecimal("100000");

    public Tier tierFor(Money annualRevenue) {
        if (!CURRENCY.equals(annualRevenue.currency())) {
            throw new BusinessRuleViolation("C2", "annual revenue is segmented in " + CURRENCY
                    + "; state it in " + CURRENCY + ", not " + annualRevenue.currency());
        }
        BigDecimal amount = annualRevenue.amount();
        if (amount.compareTo(PLATINUM_ABOVE) > 0) {
            return Tier.PLATINUM;
        }
        if (amount.compareTo(GOLD_FROM) >= 0) {
            return Tier.GOLD;
        }
        if (amount.compareTo(SILVER_FROM) >= 0) {
            return Tier.SILVER;
        }
        return Tier.BRONZE;
    }
}
