package com.clientcare.query.infra;

import com.clientcare.access.AccessControl;
import com.clientcare.access.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may read what on the query side: ANALYST reads projections and reports; AUDITOR those and the audit API,
 * and starts integrity checks; replays and projection resets are ADMIN's. Nothing here changes the event log.
 */
@Configuration
public class QuerySideAccess {

    @Bean
    public SecurityFilterChain querySideSecurity(HttpSecurity http, AccessControl access) throws Exception {
        return access.filterChain(http, paths -> paths
                .requestMatchers(HttpMethod.GET, "/api/audit/**").hasRole(Role.AUDITOR.name())
                // an integrity check only reads the log: an auditor starts one
                .requestMatchers(HttpMethod.POST, "/api/audit/integrity/checks").hasRole(Role.AUDITOR.name())
                .requestMatchers("/api/audit/**", "/api/admin/**").hasRole(Role.ADMIN.name())
                .requestMatchers(HttpMethod.GET, "/api/**").hasRole(Role.ANALYST.name())
                // the console's style and script hold no data; its pages check each section's role themselves
                .requestMatchers(HttpMethod.GET, "/console/assets/**").permitAll()
                .requestMatchers(HttpMethod.GET, "/console", "/console/**").authenticated());
    }
}
