package com.clientcare.shared.client;

/** An event in a client's file: every one names its client. */
public interface ClientEvent {

    String clientId();
}
