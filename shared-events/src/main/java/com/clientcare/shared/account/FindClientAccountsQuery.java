package com.clientcare.shared.account;

/** M1: a page of the accounts of a client, or of a status, in account id order; null filters match all. */
public record FindClientAccountsQuery(String clientId, AccountStatus status, int page, int size) {
}
