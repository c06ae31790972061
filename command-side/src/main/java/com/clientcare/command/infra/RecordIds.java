package com.clientcare.command.infra;

import java.util.UUID;

/** The ids of the records a request creates: chosen by the caller (for idempotent retries), or generated. */
public final class RecordIds {

    /** Letters, digits, '-' and '_', 1 to 64 of them: safe in a URL path and as a MongoDB key. */
    public static final String PATTERN = "[A-Za-z0-9_-]{1,64}";

    private RecordIds() {
    }

    public static String orNew(String given) {
        return given != null ? given : UUID.randomUUID().toString();
    }
}
