package com.clientcare.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.util.List;
import java.util.Set;

/**
 * Content negotiation before the handler runs: a request whose {@code Accept} admits nothing the handler can
 * answer with is refused (406) before anything is decided or recorded, instead of after the command has run.
 * A handler answers JSON unless its mapping declares what it produces.
 */
final class AcceptableResponse implements HandlerInterceptor {

    private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON);

    // the applications negotiate on the Accept header only (Spring Boot's default)
    private final HeaderContentNegotiationStrategy negotiation = new HeaderContentNegotiationStrategy();

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotAcceptableException {
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        List<MediaType> producible = producible(request);
        List<MediaType> acceptable = negotiation.resolveMediaTypes(new ServletWebRequest(request));
        boolean answerable = acceptable.stream().anyMatch(accepted -> producible.stream()
                .anyMatch(accepted::isCompatibleWith));
        if (!answerable) {
            throw new HttpMediaTypeNotAcceptableException(producible);
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static List<MediaType> producible(HttpServletRequest request) {
        Object declared = request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE);
        return declared instanceof Set<?> types && !types.isEmpty() ? List.copyOf((Set<MediaType>) types) : JSON;
    }
}
