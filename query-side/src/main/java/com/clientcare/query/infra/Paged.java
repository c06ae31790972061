package com.clientcare.query.infra;

import org.springframework.http.ResponseEntity;

/** A page of a list endpoint (API.md): the items of the page, and the total before paging in X-Total-Count. */
public final class Paged {

    public static final String TOTAL_COUNT = "X-Total-Count";
    public static final int MAX_SIZE = 1000;

    private Paged() {
    }

    public static <T> ResponseEntity<T> ok(T body, long total) {
        return ResponseEntity.ok().header(TOTAL_COUNT, String.valueOf(total)).body(body);
    }

    /** The first item of page {@code page} of {@code size}, as an offset that cannot overflow. */
    public static long offset(int page, int size) {
        return (long) page * size;
    }
}
