package com.clientcare.command.rules;

/** A create command reused an id that already names something different: the retry is not the same request. */
public class ConflictingRetry extends RuntimeException {

    public ConflictingRetry(String message) {
        super(message);
    }
}
