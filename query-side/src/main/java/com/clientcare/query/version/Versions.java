package com.clientcare.query.version;

import org.springframework.http.ResponseEntity;

import java.util.Optional;

/** A record served with its version as a strong ETag ({@code "7"}), when the query side has seen one. */
public final class Versions {

    private Versions() {
    }

    public static <T> ResponseEntity<T> tagged(Optional<Long> version, T body) {
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        version.ifPresent(v -> ok.eTag("\"" + v + "\""));
        return ok.body(body);
    }
}
