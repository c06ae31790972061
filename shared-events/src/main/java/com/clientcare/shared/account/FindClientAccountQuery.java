package com.clientcare.shared.account;

/** M1: one client account with its balance, terms and movements; none when no account has that id. */
public record FindClientAccountQuery(String accountId) {
}
