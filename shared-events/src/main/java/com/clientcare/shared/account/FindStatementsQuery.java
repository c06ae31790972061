package com.clientcare.shared.account;

/** M1: a page of a client account's statements as issued, statement 1 first. */
public record FindStatementsQuery(String accountId, int page, int size) {
}
