package com.clientcare.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

import java.io.IOException;

/**
 * How a request that fails is logged, on both applications, with its correlation id ({@link CorrelationIdFilter}
 * runs first). An expected refusal (400, 401, 403, 404, 409, 413, 422, ...) is one INFO line naming the request,
 * the status and the problem's title and detail: the caller was told, so a stack trace would only bury real
 * failures. An answered server error (503 while the store is away) is one WARN line. An exception nothing
 * handled is an unexpected failure: ERROR with its stack trace, and a 500 problem+json naming the correlation id
 * to quote, instead of the servlet container's own error page (which it would log without the id).
 */
public class ErrorLogging extends OncePerRequestFilter implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorLogging.class);
    private static final String PROBLEM = ErrorLogging.class.getName() + ".problem";

    private final ObjectMapper mapper;

    public ErrorLogging(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            unexpected(request, response, e);
            return;
        }
        int status = response.getStatus();
        if (status >= 400) {
            String line = "{} {} answered {}{}";
            Object[] values = {request.getMethod(), request.getRequestURI(), status, problemOf(request)};
            if (status >= 500) {
                LOG.warn(line, values);
            } else {
                LOG.info(line, values);
            }
        }
    }

    private void unexpected(HttpServletRequest request, HttpServletResponse response, Exception e)
            throws IOException {
        LOG.error("{} {} failed unexpectedly", request.getMethod(), request.getRequestURI(), e);
        if (response.isCommitted()) {
            return;
        }
        Object correlationId = request.getAttribute(CorrelationIdFilter.ATTRIBUTE);
        response.reset();
        response.setHeader(CorrelationIdFilter.HEADER, String.valueOf(correlationId));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "the request failed unexpectedly; quote correlation id " + correlationId + " when you report it");
        problem.setTitle("Internal error");
        response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        mapper.writeValue(response.getOutputStream(), problem);
    }

    private static String problemOf(HttpServletRequest request) {
        return request.getAttribute(PROBLEM) instanceof ProblemDetail problem
                ? ": " + problem.getTitle() + ": " + problem.getDetail() : "";
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    /** Keeps the problem an exception handler answered, for the one line the filter logs when the request ends. */
    @ControllerAdvice
    public static class ProblemAnswered implements ResponseBodyAdvice<Object> {

        @Override
        public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
            return true;
        }

        @Override
        public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
                                      Class<? extends HttpMessageConverter<?>> selectedConverterType,
                                      ServerHttpRequest request, ServerHttpResponse response) {
            if (body instanceof ProblemDetail && request instanceof ServletServerHttpRequest servlet) {
                servlet.getServletRequest().setAttribute(PROBLEM, body);
            }
            return body;
        }
    }
}
