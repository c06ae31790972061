package com.clientcare.command.infra;

/** A well-formed command that a rule of the policy forbids; {@code rule} is the rule id of DOMAIN.md (C4, K6, ...). */
public class BusinessRuleViolation extends RuntimeException {

    private final String rule;

    public BusinessRuleViolation(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String getRule() {
        return rule;
    }
}
