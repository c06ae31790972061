package com.clientcare.command.infra;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Currency;

/**
 * Money no finer than its currency's minor unit (ISO 4217): 1.005 EUR or 10.5 JPY cannot be paid. The violation
 * names the amount, so a request answers 400 on {@code annualRevenue.amount}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = MinorUnits.Validator.class)
public @interface MinorUnits {

    String message() default "has more decimals than the minor unit of its currency allows";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<MinorUnits, MoneyInput> {
        @Override
        public boolean isValid(MoneyInput money, ConstraintValidatorContext context) {
            if (money == null || money.amount() == null || money.currency() == null) {
                return true;
            }
            int digits;
            try {
                digits = Currency.getInstance(money.currency()).getDefaultFractionDigits();
            } catch (IllegalArgumentException unknownCurrency) {
                return true;
            }
            // -1: no minor unit defined (gold, special drawing rights), nothing to check against
            if (digits < 0 || money.amount().stripTrailingZeros().scale() <= digits) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("has more decimals than " + money.currency() + " allows ("
                    + digits + ")").addPropertyNode("amount").addConstraintViolation();
            return false;
        }
    }
}
