package com.clientcare.command.infra;

import com.clientcare.command.rules.BusinessRuleViolation;
import com.clientcare.command.rules.ConflictingRetry;
import com.clientcare.command.rules.NotPermitted;
import com.clientcare.web.RequestProblems;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/**
 * Every rejection as RFC 9457 problem+json: 400 for what is malformed (naming each field, see
 * {@link RequestProblems}), 404 for an unknown id, 403 for a caller the record does not allow, 409 for a
 * concurrent change, an If-Match that no longer holds, a conflicting retry or an id taken by another kind of
 * record, 422 for a broken business
 * rule (naming the rule).
 */
@RestControllerAdvice
public class ProblemResponses extends RequestProblems {

    @ExceptionHandler(BusinessRuleViolation.class)
    ResponseEntity<ProblemDetail> businessRule(BusinessRuleViolation ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, ex.getMessage());
        problem.setTitle("Business rule " + ex.getRule() + " forbids this");
        problem.setProperty("rule", ex.getRule());
        if (ex.getField() != null) {
            problem.setProperty("field", ex.getField());
        }
        return ResponseEntity.unprocessableEntity().body(problem);
    }

    @ExceptionHandler(NotPermitted.class)
    ResponseEntity<ProblemDetail> notPermitted(NotPermitted ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
        problem.setTitle("Forbidden");
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "nothing is recorded under id " + ex.getAggregateIdentifier());
        problem.setTitle("Not found");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrentChange(ConcurrencyException ex) {
        return conflict("Concurrent change", "another change to the same record was stored first; "
                + "read it again and retry");
    }

    /** The caller's If-Match names another version than the record is at: it changed since the caller read it. */
    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ResponseEntity<ProblemDetail> versionMismatch(ConflictingAggregateVersionException ex) {
        ResponseEntity<ProblemDetail> response = conflict("Version mismatch", "the record is at version "
                + ex.getActualVersion() + ", not " + ex.getExpectedVersion() + " as If-Match says; read it again");
        response.getBody().setProperty("field", ExpectedVersion.HEADER);
        response.getBody().setProperty("rule", "If-Match");
        response.getBody().setProperty("expectedVersion", ex.getExpectedVersion());
        response.getBody().setProperty("actualVersion", ex.getActualVersion());
        return response;
    }

    @ExceptionHandler(ExpectedVersion.MalformedIfMatch.class)
    ResponseEntity<Object> malformedIfMatch(ExpectedVersion.MalformedIfMatch ex) {
        return invalid(List.of(new InvalidField(ExpectedVersion.HEADER, ex.getMessage())));
    }

    /** Two requests created the same record at once (the store refused the second first event, #11). */
    @ExceptionHandler(AggregateStreamCreationException.class)
    ResponseEntity<ProblemDetail> createdConcurrently(AggregateStreamCreationException ex) {
        return conflict("Already exists", "a record with this id was created by another request first; "
                + "read it before sending the command again");
    }

    @ExceptionHandler(ConflictingRetry.class)
    ResponseEntity<ProblemDetail> conflictingRetry(ConflictingRetry ex) {
        return conflict("Id already used", ex.getMessage());
    }

    /** A client's id used for a complaint (or the reverse): ids are unique across kinds of record. */
    @ExceptionHandler(IncompatibleAggregateException.class)
    ResponseEntity<ProblemDetail> idOfAnotherKind(IncompatibleAggregateException ex) {
        return conflict("Id already used", "the id is already taken by a record of another kind; choose another id");
    }

    private static ResponseEntity<ProblemDetail> conflict(String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setTitle(title);
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
