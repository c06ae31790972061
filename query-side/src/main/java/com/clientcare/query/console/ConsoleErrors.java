package com.clientcare.query.console;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import java.util.List;
import java.util.Map;

/**
 * The console's 403 and 404 as pages in its layout rather than problem+json; ahead of the API's handlers, which
 * would otherwise take these exceptions as any other. Global, since the console's interceptor throws them before
 * any console controller is known (an address no page answers).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ConsoleErrors {

    /** One request parameter a page could not take, and why. */
    public record InvalidField(String field, String message) {
    }

    @ExceptionHandler(ConsoleForbidden.class)
    public ModelAndView forbidden(ConsoleForbidden e, HttpServletRequest request) {
        return page(HttpStatus.FORBIDDEN, "Not for your role", e.getMessage(), List.of(), request);
    }

    @ExceptionHandler(ConsoleNotFound.class)
    public ModelAndView notFound(ConsoleNotFound e, HttpServletRequest request) {
        return page(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), List.of(), request);
    }

    static ModelAndView page(HttpStatus status, String title, String detail, List<InvalidField> errors,
                             HttpServletRequest request) {
        return new ModelAndView("console/error", Map.of("title", title, "detail", detail, "errors", errors,
                "status", status.value(), "user", request.getAttribute(ConsoleWebConfiguration.USER)), status);
    }
}
