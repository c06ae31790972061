package com.clientcare.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.mongodb.MongoException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import jakarta.validation.ConstraintViolationException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.NonNull;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What both applications answer to a malformed request: 400 problem+json with {@code errors: [{field, message}]}
 * naming each body field or query parameter that is wrong (bad JSON, duplicate keys, wrong types, unknown enum
 * values, failed constraints), and 503 with {@code Retry-After} while the event store cannot be reached. Each
 * application's advice extends this with its own outcomes.
 */
public abstract class RequestProblems extends ResponseEntityExceptionHandler {

    public record InvalidField(String field, String message) {
    }

    private static final int RETRY_AFTER_SECONDS = 5;
    private static final Pattern DUPLICATE_KEY = Pattern.compile("Duplicate field '([^']*)'");

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(@NonNull MethodArgumentNotValidException ex,
            @NonNull HttpHeaders headers, @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        return invalid(ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new InvalidField(e.getField(), message(e)))
                .toList());
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(@NonNull HandlerMethodValidationException ex,
            @NonNull HttpHeaders headers, @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        return invalid(ex.getParameterValidationResults().stream()
                .flatMap(RequestProblems::invalidFields)
                .toList());
    }

    /** A body's errors name its fields, as {@link #handleMethodArgumentNotValid} does; a parameter's, the parameter. */
    private static Stream<InvalidField> invalidFields(ParameterValidationResult result) {
        if (result instanceof ParameterErrors errors && errors.hasFieldErrors()) {
            return errors.getFieldErrors().stream().map(e -> new InvalidField(e.getField(), message(e)));
        }
        return result.getResolvableErrors().stream()
                .map(error -> new InvalidField(result.getMethodParameter().getParameterName(),
                        error.getDefaultMessage()));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(@NonNull TypeMismatchException ex, @NonNull HttpHeaders headers,
            @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
                : ex.getPropertyName();
        return invalid(List.of(new InvalidField(name, notA(ex.getRequiredType()))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            @NonNull MissingServletRequestParameterException ex, @NonNull HttpHeaders headers,
            @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        return invalid(List.of(new InvalidField(ex.getParameterName(), "is required")));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(@NonNull HttpMessageNotReadableException ex,
            @NonNull HttpHeaders headers, @NonNull HttpStatusCode status, @NonNull WebRequest request) {
        if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return invalid(List.of(new InvalidField(fieldPath(mapping), unreadableValue(mapping))));
        }
        if (ex.getCause() instanceof JsonParseException parse) {
            Matcher duplicate = DUPLICATE_KEY.matcher(parse.getOriginalMessage());
            if (duplicate.find()) {
                return invalid(List.of(new InvalidField(duplicate.group(1), "is given more than once")));
            }
        }
        return invalid("Malformed request", List.of(new InvalidField("body", "is not valid JSON")));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException ex) {
        return invalid(ex.getConstraintViolations().stream()
                .map(v -> new InvalidField(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList());
    }

    /** The store is away: fail at once (within the store timeout) and say when to try again. */
    @ExceptionHandler({MongoTimeoutException.class, MongoSocketException.class})
    ResponseEntity<ProblemDetail> storeUnavailable(MongoException ex) {
        return unavailable("Store unavailable",
                "the event store cannot be reached; try again later (a retry with the same id is safe)");
    }

    /** 503 with {@code Retry-After}: nothing was done, and the same request may be sent again later. */
    protected static ResponseEntity<ProblemDetail> unavailable(String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
        problem.setTitle(title);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS)).body(problem);
    }

    protected static ResponseEntity<Object> invalid(List<InvalidField> errors) {
        return invalid("Invalid request", errors);
    }

    private static ResponseEntity<Object> invalid(String title, List<InvalidField> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, errors.stream()
                .map(e -> e.field() + ": " + e.message())
                .collect(Collectors.joining("; ")));
        problem.setTitle(title);
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private static String message(FieldError error) {
        return error.isBindingFailure() ? "is not a valid value" : error.getDefaultMessage();
    }

    private static String fieldPath(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String unreadableValue(JsonMappingException mapping) {
        if (mapping instanceof InvalidFormatException format && format.getTargetType() == String.class) {
            return format.getOriginalMessage();
        }
        if (mapping instanceof InvalidFormatException format && format.getTargetType() != null) {
            return notA(format.getTargetType());
        }
        return "has the wrong type or form";
    }

    private static String notA(Class<?> type) {
        if (type != null && type.isEnum()) {
            return "must be one of " + Arrays.toString(type.getEnumConstants());
        }
        return type == null ? "has the wrong type or form" : "is not a valid " + type.getSimpleName();
    }

    private static String lastNode(String propertyPath) {
        return propertyPath.substring(propertyPath.lastIndexOf('.') + 1);
    }
}
