package com.clientcare.command.infra;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Optimistic concurrency for callers: a request's {@code If-Match} (the aggregate's version, as the query side's
 * {@code ETag} gives it) travels with the command as metadata, and this resolver hands it to Axon's repository
 * as the expected version. The repository compares it with the aggregate's version as loaded and refuses a
 * mismatch ({@code ConflictingAggregateVersionException}, 409), so the check is made against the aggregate
 * itself, never against a read model.
 */
public final class ExpectedVersion implements CommandTargetResolver {

    public static final String METADATA = "expectedVersion";
    public static final String HEADER = "If-Match";

    // one entity tag, weak or strong: "7" or W/"7"
    private static final Pattern TAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"");

    private final CommandTargetResolver ids = AnnotationCommandTargetResolver.builder().build();

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        VersionedAggregateIdentifier target = ids.resolveTarget(command);
        Object expected = command.getMetaData().get(METADATA);
        return expected == null ? target
                : new VersionedAggregateIdentifier(target.getIdentifierValue(), ((Number) expected).longValue());
    }

    /** The version an {@code If-Match} header names; null when absent or {@code *} (any version). */
    public static Long fromHeader(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return null;
        }
        Matcher matcher = TAG.matcher(header.trim());
        if (!matcher.matches()) {
            throw new MalformedIfMatch(header);
        }
        return Long.parseLong(matcher.group(1));
    }

    /** An {@code If-Match} that is not one entity tag of the form the query side gives: 400 naming the header. */
    public static final class MalformedIfMatch extends RuntimeException {
        MalformedIfMatch(String header) {
            super("is not one version tag such as \"7\" (the query side's ETag): " + header);
        }
    }
}
