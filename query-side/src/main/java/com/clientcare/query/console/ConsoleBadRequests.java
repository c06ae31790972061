package com.clientcare.query.console;

import com.clientcare.query.console.ConsoleErrors.InvalidField;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import java.util.Arrays;
import java.util.List;

/**
 * A console page's malformed address (a filter that is no status, a month that is no month, a missing one) as the
 * 400 page naming each parameter and the form it takes. Only for the console's controllers: the API answers the
 * same exceptions with problem+json.
 */
@ControllerAdvice(basePackageClasses = ConsoleBadRequests.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ConsoleBadRequests {

    private static final String TITLE = "Bad request";

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ModelAndView typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return page(List.of(new InvalidField(e.getName(), notA(e.getRequiredType()))), request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    public ModelAndView missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return page(List.of(new InvalidField(e.getParameterName(), "is required")), request);
    }

    /** A filter record's field (the complaints log's status, say) that does not convert. */
    @ExceptionHandler(BindException.class)
    public ModelAndView unbound(BindException e, HttpServletRequest request) {
        return page(e.getFieldErrors().stream().map(error -> new InvalidField(error.getField(),
                notA(e.getBindingResult().getFieldType(error.getField())))).toList(), request);
    }

    private static ModelAndView page(List<InvalidField> errors, HttpServletRequest request) {
        String detail = String.join("; ", errors.stream().map(error -> error.field() + " " + error.message())
                .toList());
        return ConsoleErrors.page(HttpStatus.BAD_REQUEST, TITLE, detail, errors, request);
    }

    private static String notA(Class<?> type) {
        if (type != null && type.isEnum()) {
            return "must be one of " + Arrays.toString(type.getEnumConstants());
        }
        return type == null ? "has the wrong form" : "is not a valid " + type.getSimpleName();
    }
}
