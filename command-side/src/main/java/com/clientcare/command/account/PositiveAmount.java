package com.clientcare.command.account;

import com.clientcare.command.infra.MoneyInput;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** M1: money moved through a client account is more than zero; the violation names the amount ({@code x.amount}). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PositiveAmount.Validator.class)
public @interface PositiveAmount {

    String message() default "must be positive";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PositiveAmount, MoneyInput> {
        @Override
        public boolean isValid(MoneyInput money, ConstraintValidatorContext context) {
            if (money == null || money.amount() == null || money.amount().signum() > 0) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("must be positive").addPropertyNode("amount")
                    .addConstraintViolation();
            return false;
        }
    }
}
