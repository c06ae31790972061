package com.clientcare.query.client;

/** Where the client is in matching needs (C4): nothing recommended yet, recommended, or agreed. */
public enum AgreementStatus {
    NONE, RECOMMENDED, AGREED
}
