package com.clientcare.shared.account;

/** M1: an account takes movements while open; completion closes it for good. */
public enum AccountStatus {
    OPEN,
    CLOSED
}
