package com.clientcare.shared.account;

/** M1: the client money held per currency over the open accounts. */
public record FindClientMoneyHeldQuery() {
}
