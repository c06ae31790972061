package com.clientcare.shared.client;

public enum ClientKind {
    INDIVIDUAL, ORGANISATION
}
