package com.clientcare.shared.account;

/** M1: one statement of a client account by its number; none when it was not issued. */
public record FindStatementQuery(String accountId, int number) {
}
