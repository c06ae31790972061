package com.clientcare.command.account;

import com.clientcare.shared.common.Money;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * Amounts of a client account at their currency's scale (100 USD is 100.00), so that statements read alike and a
 * retried request compares equal. Callers have refused finer amounts already (400); nothing is rounded here.
 */
final class AccountMoney {

    private AccountMoney() {
    }

    static Money zero(String currency) {
        return normalised(new Money(BigDecimal.ZERO, currency));
    }

    static Money normalised(Money money) {
        int digits = Currency.getInstance(money.currency()).getDefaultFractionDigits();
        if (digits < 0 || !inMinorUnits(money)) {
            return money;
        }
        return new Money(money.amount().setScale(digits), money.currency());
    }

    /** ISO 4217: no finer than the currency's minor unit (1.005 EUR is not money); -1 means none is defined. */
    static boolean inMinorUnits(Money money) {
        int digits = Currency.getInstance(money.currency()).getDefaultFractionDigits();
        return digits < 0 || money.amount().stripTrailingZeros().scale() <= digits;
    }
}
