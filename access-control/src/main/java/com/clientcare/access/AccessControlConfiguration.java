package com.clientcare.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Authentication for both applications: local users (the local profile) or JWTs from an issuer (production). */
@AutoConfiguration
@EnableConfigurationProperties(AccessControlProperties.class)
public class AccessControlConfiguration {

    @Bean
    public AccessControl accessControl(AccessControlProperties properties, ObjectMapper mapper,
                                       JwtAuthenticationConverter jwtAuthenticationConverter,
                                       ObjectProvider<JwtDecoder> jwtDecoder, FailedLogins failedLogins) {
        if (properties.mode() == AccessControlProperties.Mode.JWT && jwtDecoder.getIfAvailable() == null) {
            throw new IllegalStateException("Bearer tokens cannot be checked: set"
                    + " spring.security.oauth2.resourceserver.jwt.issuer-uri (or jwk-set-uri), or run with the"
                    + " local profile (SPRING_PROFILES_ACTIVE=local) for the local users");
        }
        return new AccessControl(properties, mapper, jwtAuthenticationConverter, failedLogins);
    }

    /** ADMIN may do all; an AUDITOR reads what an ANALYST reads, and the audit log besides; METRICS only metrics. */
    @Bean
    public static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("""
                ROLE_ADMIN > ROLE_AUDITOR
                ROLE_ADMIN > ROLE_CONSUMER
                ROLE_ADMIN > ROLE_METRICS
                ROLE_AUDITOR > ROLE_ANALYST
                """);
    }

    /** bcrypt, with each verified credential remembered for a while (a request should not cost a bcrypt). */
    @Bean
    public PasswordEncoder passwordEncoder(AccessControlProperties properties) {
        return new VerifiedCredentials(new BCryptPasswordEncoder(), properties.credentialCacheSize(),
                properties.credentialCacheLifetime(), Clock.systemUTC());
    }

    @Bean
    public FailedLogins failedLogins(AccessControlProperties properties) {
        return new FailedLogins(properties.failedLoginLimit(), properties.failedLoginWindow(), Clock.systemUTC());
    }

    /** The configured local users; an empty list unless the local profile supplies some. */
    @Bean
    public UserDetailsService userDetailsService(AccessControlProperties properties) {
        Map<String, UserDetails> users = properties.mode() != AccessControlProperties.Mode.LOCAL ? Map.of()
                : properties.users().stream().collect(Collectors.toMap(AccessControlProperties.LocalUser::name,
                user -> User.withUsername(user.name()).password(user.passwordHash())
                        .authorities(user.roles().stream().map(Role::authority).toArray(String[]::new)).build(),
                (a, b) -> a));
        return name -> {
            UserDetails user = users.get(name);
            if (user == null) {
                throw new UsernameNotFoundException("no such user");
            }
            return User.withUserDetails(user).build();
        };
    }

    @Bean
    public JwtAuthenticationConverter jwtAuthenticationConverter(AccessControlProperties properties) {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setPrincipalClaimName(properties.principalClaim());
        converter.setJwtGrantedAuthoritiesConverter(rolesFrom(properties.rolesClaim()));
        return converter;
    }

    /** Roles from a claim holding a list (or a space-separated string) of role names, e.g. {@code ["ANALYST"]}. */
    private static org.springframework.core.convert.converter.Converter<Jwt, Collection<GrantedAuthority>> rolesFrom(
            String claim) {
        Function<String, GrantedAuthority> authority = name -> new SimpleGrantedAuthority("ROLE_" + name.trim()
                .toUpperCase());
        return jwt -> {
            Object value = jwt.getClaims().get(claim);
            List<String> names = value instanceof Collection<?> list ? list.stream().map(String::valueOf).toList()
                    : value instanceof String text ? List.of(text.split("\\s+")) : List.of();
            return names.stream().filter(name -> !name.isBlank()).map(authority).toList();
        };
    }
}
