package com.clientcare.query.audit;

import com.clientcare.eventstore.personaldata.SubjectKeys;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * C8: the audit API decrypts events as it reads them, with keys this application caches; before each audit
 * request it looks whether any key was destroyed since (one exact-key read), so an erasure the command side has
 * answered is never undone by a cached key here.
 */
@Component
class ErasuresSeen extends OncePerRequestFilter {

    private final SubjectKeys keys;

    ErasuresSeen(SubjectKeys keys) {
        this.keys = keys;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/audit/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        keys.refresh();
        chain.doFilter(request, response);
    }
}
