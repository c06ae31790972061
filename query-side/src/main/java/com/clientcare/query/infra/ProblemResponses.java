package com.clientcare.query.infra;

import com.clientcare.web.RequestProblems;
import org.axonframework.messaging.timeout.AxonTimeoutException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every refusal of the query side as RFC 9457 problem+json: 400 naming each malformed query parameter or body
 * field (see {@link RequestProblems}), 404 for an id no read model knows ({@link NotFound}), and 503 with
 * {@code Retry-After} when a query outlasts Axon's handler timeout (30 s) on a busy system.
 */
@RestControllerAdvice
public class ProblemResponses extends RequestProblems {

    /** Matched on the cause of the gateway's CompletionException too (Spring looks through causes). */
    @ExceptionHandler(AxonTimeoutException.class)
    ResponseEntity<ProblemDetail> queryTimedOut(AxonTimeoutException ex) {
        return unavailable("Query timed out",
                "the answer took longer than the query timeout while the system is busy; try again later");
    }
}
