package com.clientcare.query.audit;

import com.clientcare.query.account.AccountView;

/** A client account as it stood at an instant (M1): a class of its own, as Axon matches answers by raw class. */
public record ClientAccountAsOf(StateAsOf<AccountView> account) {
}
