package com.clientcare.access;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * How callers prove who they are. {@code JWT} (the default, for production) validates bearer tokens from the
 * configured issuer ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri} or {@code jwk-set-uri}),
 * taking roles from {@code rolesClaim} and the user's name from {@code principalClaim}. {@code LOCAL} checks HTTP
 * Basic credentials against {@code users}; only the {@code local} profile turns it on. Verified Basic
 * credentials are remembered for {@code credentialCacheLifetime} (at most {@code credentialCacheSize} of them);
 * {@code failedLoginLimit} wrong passwords for one user within {@code failedLoginWindow} hold that user back (429).
 */
@ConfigurationProperties("clientcare.access")
public record AccessControlProperties(
        Mode mode,
        List<LocalUser> users,
        String rolesClaim,
        String principalClaim,
        Long maxBodyBytes,
        Integer credentialCacheSize,
        Duration credentialCacheLifetime,
        Integer failedLoginLimit,
        Duration failedLoginWindow) {

    public enum Mode { JWT, LOCAL }

    /** A user of the local profile; {@code passwordHash} is a bcrypt hash, never a password. */
    public record LocalUser(String name, String passwordHash, List<Role> roles) {
    }

    public AccessControlProperties {
        mode = mode == null ? Mode.JWT : mode;
        users = users == null ? List.of() : users;
        rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "roles" : rolesClaim;
        principalClaim = principalClaim == null || principalClaim.isBlank() ? "preferred_username" : principalClaim;
        maxBodyBytes = maxBodyBytes == null ? 256 * 1024L : maxBodyBytes;
        credentialCacheSize = credentialCacheSize == null ? 10_000 : credentialCacheSize;
        credentialCacheLifetime = credentialCacheLifetime == null ? Duration.ofMinutes(10) : credentialCacheLifetime;
        failedLoginLimit = failedLoginLimit == null ? 10 : failedLoginLimit;
        failedLoginWindow = failedLoginWindow == null ? Duration.ofMinutes(1) : failedLoginWindow;
    }
}
