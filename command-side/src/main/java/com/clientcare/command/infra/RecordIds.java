package com.clientcare.command.infra;

import java.util.UUID;

/** Ids a caller may choose for what it creates (for idempotent retries), or that we generate. */
public final class Ids {

    /** Letters, digits, '-' and '_', 1 to 64 of them: safe in a URL path and as a MongoDB key. */
    public static final String PATTERN = "[A-Za-z0-9_-]{1,64}";

    private Ids() {
    }

    public static String orNew(String given) {
        return given != null ? given : UUID.randomUUID().toString();
    }
}
