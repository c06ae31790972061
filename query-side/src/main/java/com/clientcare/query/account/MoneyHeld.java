package com.clientcare.query.account;

import com.clientcare.shared.common.Money;

/** M1, for analysts: the client money held in one currency over every open account, and how many there are. */
public record MoneyHeld(String currency, Money held, long openAccounts) {
}
