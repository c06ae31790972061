package com.clientcare.query.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every console page checks its section's role before it reads anything, so a page a role may not see is never
 * served, whatever link was typed (the security chain only requires that the caller is authenticated); an address
 * under the console that no page answers is the console's 404 page.
 */
@Configuration
public class ConsoleWebConfiguration implements WebMvcConfigurer {

    static final String USER = "consoleUser";

    private final RoleHierarchy hierarchy;

    public ConsoleWebConfiguration(RoleHierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                ConsoleUser user = ConsoleUser.of(SecurityContextHolder.getContext().getAuthentication(), hierarchy);
                request.setAttribute(USER, user);
                String path = request.getRequestURI().substring(request.getContextPath().length());
                ConsoleSection section = ConsoleSection.of(path).orElseThrow(() -> new ConsoleForbidden(path));
                if (!user.may(section)) {
                    throw new ConsoleForbidden(path);
                }
                // no console page answers: the static-resource fallback would answer the API's problem+json 404
                if (!(handler instanceof HandlerMethod)) {
                    throw new ConsoleNotFound("page", path);
                }
                return true;
            }
        }).addPathPatterns("/console", "/console/**").excludePathPatterns("/console/assets/**");
    }
}
