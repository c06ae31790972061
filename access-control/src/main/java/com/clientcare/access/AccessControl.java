package com.clientcare.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The rules both applications share: stateless, no sessions or CSRF tokens (an API of bearer tokens or Basic
 * credentials), health and API docs open, other actuator endpoints for ADMIN, 401 and 403 as problem+json,
 * request bodies capped. Each application adds the rules of its own paths; anything not named is refused.
 */
public final class AccessControl {

    private final AccessControlProperties properties;
    private final ProblemResponseWriter problems;
    private final JwtAuthenticationConverter jwtConverter;
    private final FailedLogins failedLogins;

    AccessControl(AccessControlProperties properties, ObjectMapper mapper, JwtAuthenticationConverter jwtConverter,
                  FailedLogins failedLogins) {
        this.properties = properties;
        this.problems = new ProblemResponseWriter(mapper);
        this.jwtConverter = jwtConverter;
        this.failedLogins = failedLogins;
    }

    public SecurityFilterChain filterChain(HttpSecurity http,
            Consumer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> paths)
            throws Exception {
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new BodySizeLimit(properties.maxBodyBytes(), problems), AuthorizationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> {
                            response.setHeader("WWW-Authenticate", properties.mode() == AccessControlProperties.Mode.LOCAL
                                    ? "Basic realm=\"client-care\"" : "Bearer");
                            problems.write(response, HttpStatus.UNAUTHORIZED, "Authentication required",
                                    "send credentials: " + (properties.mode() == AccessControlProperties.Mode.LOCAL
                                            ? "HTTP Basic with a local user" : "a bearer token"));
                        })
                        .accessDeniedHandler((request, response, e) -> problems.write(response, HttpStatus.FORBIDDEN,
                                "Forbidden", "your roles do not allow " + request.getMethod() + " "
                                        + request.getRequestURI())))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                            .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                            .permitAll()
                            .requestMatchers("/error").permitAll()
                            .requestMatchers(HttpMethod.GET, "/actuator/prometheus").hasRole(Role.METRICS.name())
                            .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name());
                    paths.accept(requests);
                    requests.anyRequest().denyAll();
                });
        if (properties.mode() == AccessControlProperties.Mode.LOCAL) {
            http.addFilterBefore(new LoginThrottle(failedLogins, problems), BasicAuthenticationFilter.class);
            http.httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                response.setHeader("WWW-Authenticate", "Basic realm=\"client-care\"");
                problems.write(response, HttpStatus.UNAUTHORIZED, "Authentication required",
                        "the credentials were not accepted");
            }));
        } else {
            http.oauth2ResourceServer(server -> server
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(jwtConverter))
                    .authenticationEntryPoint((request, response, e) -> {
                        response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                        problems.write(response, HttpStatus.UNAUTHORIZED, "Authentication required",
                                "the bearer token was not accepted");
                    }));
        }
        return http.build();
    }

    /** Role names for {@code hasAnyRole}. */
    public static String[] roles(Role... roles) {
        return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
    }

}
