package com.clientcare.command.rules;

/**
 * A well-formed command that a rule of the policy forbids; {@code rule} is the rule id of DOMAIN.md (C4, K6, ...),
 * {@code field} the request field whose value the rule refuses, when one is to blame.
 */
public class BusinessRuleViolation extends RuntimeException {

    private final String rule;
    private final String field;

    public BusinessRuleViolation(String rule, String message) {
        this(rule, null, message);
    }

    public BusinessRuleViolation(String rule, String field, String message) {
        super(message);
        this.rule = rule;
        this.field = field;
    }

    public String getRule() {
        return rule;
    }

    public String getField() {
        return field;
    }
}
