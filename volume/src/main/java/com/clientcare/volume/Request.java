package com.clientcare.volume;

import java.time.Instant;
import java.util.Map;

/**
 * One command of the generated data set, as the command side's HTTP API takes it: a method, a path, a JSON body (or
 * none), the user who sends it and the business time it states (the order a client's commands are sent in).
 */
public record Request(String method, String path, Map<String, Object> body, User user, Instant businessTime) {

    /** Who sends a command: API consumers record facts; erasure is for administrators (C8). */
    public enum User { CONSUMER, ADMIN }

    static Request post(String path, Map<String, Object> body, Instant at) {
        return new Request("POST", path, body, User.CONSUMER, at);
    }

    static Request put(String path, Map<String, Object> body, Instant at) {
        return new Request("PUT", path, body, User.CONSUMER, at);
    }
}
