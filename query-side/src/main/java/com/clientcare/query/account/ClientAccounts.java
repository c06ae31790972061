package com.clientcare.query.account;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** M1: every account of one client, in account id order, kept in one document so that one exact-key read lists them. */
public record ClientAccounts(String clientId, List<AccountSummary> accounts) {

    ClientAccounts with(AccountSummary summary) {
        List<AccountSummary> all = new ArrayList<>(accounts.stream()
                .filter(account -> !account.id().equals(summary.id())).toList());
        all.add(summary);
        all.sort(Comparator.comparing(AccountSummary::id));
        return new ClientAccounts(clientId, List.copyOf(all));
    }
}
