package com.clientcare.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.lang.NonNull;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Slows down password guessing: an HTTP Basic request for a user with too many recent failed logins is answered
 * 429 with {@code Retry-After}, before any password is checked; each 401 for a named user counts as a failure,
 * each accepted request clears them. Only that user is held back.
 */
final class LoginThrottle extends OncePerRequestFilter {

    private final FailedLogins failedLogins;
    private final ProblemResponseWriter problems;

    LoginThrottle(FailedLogins failedLogins, ProblemResponseWriter problems) {
        this.failedLogins = failedLogins;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(@NonNull HttpServletRequest request, @NonNull HttpServletResponse response,
                                    @NonNull FilterChain chain) throws ServletException, IOException {
        Optional<String> user = basicUser(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (user.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Duration> refused = failedLogins.refusedFor(user.get());
        if (refused.isPresent()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, refused.get().toSeconds() + 1)));
            problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed logins",
                    "too many wrong passwords for this user recently; try again after the time in Retry-After");
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            failedLogins.failed(user.get());
        } else {
            failedLogins.succeeded(user.get());
        }
    }

    private static Optional<String> basicUser(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? Optional.empty() : Optional.of(decoded.substring(0, colon));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
