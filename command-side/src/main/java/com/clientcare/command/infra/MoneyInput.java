package com.clientcare.command.infra;

import com.clientcare.shared.common.Money;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import java.math.BigDecimal;

/**
 * A non-negative amount as a request carries it: {@code {"amount": "1000000.00", "currency": "USD"}}, the amount
 * never via a double, and no finer than the currency's minor unit.
 */
@MinorUnits
public record MoneyInput(
        @NotNull @PositiveOrZero(message = "must not be negative") @Digits(integer = 15, fraction = 4) BigDecimal amount,
        @NotNull @IsoCurrency String currency) {

    public Money toMoney() {
        return new Money(amount, currency);
    }
}
