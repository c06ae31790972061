package com.clientcare.query.audit;

import com.clientcare.eventstore.personaldata.SubjectKeys;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * C8: the audit API decrypts events as it reads them, with keys this application caches; before each audit
 * request it looks whether any key was destroyed since (one exact-key read), so an erasure the command side has
 * answered is never undone by a cached key here. Looked at as the request is handled, not in a servlet filter, so
 * that a store away answers 503 like any read (from a filter it was a 500).
 */
@Configuration
class ErasuresSeen implements WebMvcConfigurer, HandlerInterceptor {

    private final SubjectKeys keys;

    ErasuresSeen(SubjectKeys keys) {
        this.keys = keys;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/audit/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        keys.refresh();
        return true;
    }
}
