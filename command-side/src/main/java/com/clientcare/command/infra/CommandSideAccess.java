package com.clientcare.command.infra;

import com.clientcare.access.AccessControl;
import com.clientcare.access.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may do what on the command side: CONSUMER sends commands; erasure and service-policy versions are ADMIN's;
 * an export is for ADMIN or the client's own account manager (the Client aggregate checks the latter).
 */
@Configuration
public class CommandSideAccess {

    @Bean
    public SecurityFilterChain commandSideSecurity(HttpSecurity http, AccessControl access) throws Exception {
        return access.filterChain(http, paths -> paths
                .requestMatchers(HttpMethod.DELETE, "/api/clients/*/personal-data").hasRole(Role.ADMIN.name())
                .requestMatchers(HttpMethod.POST, "/api/service-policy/**").hasRole(Role.ADMIN.name())
                .requestMatchers(HttpMethod.GET, "/api/service-policy", "/api/service-policy/**")
                .hasAnyRole(AccessControl.roles(Role.CONSUMER, Role.ANALYST))
                .requestMatchers("/api/**").hasRole(Role.CONSUMER.name()));
    }
}
