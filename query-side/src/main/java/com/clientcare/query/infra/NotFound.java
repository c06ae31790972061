package com.clientcare.query.infra;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** An id that no read model knows: 404 problem+json. */
public class NotFound extends ResponseStatusException {

    public NotFound(String what, String id) {
        super(HttpStatus.NOT_FOUND, what + " " + id + " is not known (the query side may still be catching up)");
    }
}
