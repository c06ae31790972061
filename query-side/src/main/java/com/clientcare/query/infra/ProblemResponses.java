package com.clientcare.query.infra;

import com.clientcare.web.RequestProblems;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every refusal of the query side as RFC 9457 problem+json: 400 naming each malformed query parameter or body
 * field (see {@link RequestProblems}), 404 for an id no read model knows ({@link NotFound}).
 */
@RestControllerAdvice
public class ProblemResponses extends RequestProblems {
}
