package com.clientcare.query.console;

import com.clientcare.access.Role;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Who is looking at the console and what their roles reach through the role hierarchy (ADMIN > AUDITOR > ANALYST). */
public record ConsoleUser(String name, Set<Role> roles) {

    static ConsoleUser of(Authentication authentication, RoleHierarchy hierarchy) {
        if (authentication == null) {
            return new ConsoleUser("", Set.of());
        }
        Set<String> authorities = hierarchy.getReachableGrantedAuthorities(authentication.getAuthorities()).stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        Set<Role> roles = Arrays.stream(Role.values()).filter(role -> authorities.contains(role.authority()))
                .collect(Collectors.toSet());
        return new ConsoleUser(authentication.getName(), roles);
    }

    public boolean may(ConsoleSection section) {
        return roles.contains(section.role());
    }

    public boolean isAuditor() {
        return roles.contains(Role.AUDITOR);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    /** The navigation: the sections this user may open, no others. */
    public List<ConsoleSection> navigation() {
        return Arrays.stream(ConsoleSection.values()).filter(ConsoleSection::inNavigation).filter(this::may).toList();
    }
}
