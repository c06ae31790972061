package com.clientcare.shared.account;

/** An event in a client account's history (M1): every one names its account and the client whose money it is. */
public interface ClientAccountEvent {

    String accountId();

    String clientId();
}
