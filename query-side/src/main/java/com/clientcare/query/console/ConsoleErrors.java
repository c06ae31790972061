package com.clientcare.query.console;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import java.util.Map;

/**
 * The console's 403 and 404 as pages rather than problem+json; ahead of the API's handlers, which would otherwise
 * take these exceptions as any other.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ConsoleErrors {

    @ExceptionHandler(ConsoleForbidden.class)
    public ModelAndView forbidden(ConsoleForbidden e, HttpServletRequest request) {
        return page(HttpStatus.FORBIDDEN, "Not for your role", e.getMessage(), request);
    }

    @ExceptionHandler(ConsoleNotFound.class)
    public ModelAndView notFound(ConsoleNotFound e, HttpServletRequest request) {
        return page(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), request);
    }

    private static ModelAndView page(HttpStatus status, String title, String detail, HttpServletRequest request) {
        return new ModelAndView("console/error", Map.of("title", title, "detail", detail,
                "status", status.value(), "user", request.getAttribute(ConsoleWebConfiguration.USER)), status);
    }
}
