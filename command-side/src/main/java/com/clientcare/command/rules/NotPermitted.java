package com.clientcare.command.rules;

/** The caller's roles allow the request in general, but the record itself does not allow this caller (403). */
public class NotPermitted extends RuntimeException {

    public NotPermitted(String message) {
        super(message);
    }
}
