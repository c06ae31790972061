package com.clientcare.query.audit;

import com.clientcare.shared.audit.FindAuditEventsQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.time.Instant;

/**
 * Which events an auditor asks for; every criterion optional. {@code from} and {@code to} are recorded time
 * ({@code from} inclusive, {@code to} exclusive); {@code type} is the event's simple name
 * ({@code ClientRegisteredEvent}); {@code after} is the global index to continue after; {@code limit} from 1 to
 * 1000 (100 when not given).
 */
public record AuditFilter(String aggregateId, String type, Instant from, Instant to, String user,
                          String correlationId, Long after, @Min(1) @Max(MOST) Integer limit) {

    static final int MOST = 1000;
    private static final int DEFAULT = 100;

    static AuditFilter of(FindAuditEventsQuery query) {
        return new AuditFilter(query.aggregateId(), query.type(), query.from(), query.to(), query.user(),
                query.correlationId(), query.after(), query.limit());
    }

    FindAuditEventsQuery query() {
        return new FindAuditEventsQuery(aggregateId, type, from, to, user, correlationId, after, pageSize());
    }

    int pageSize() {
        return limit == null ? DEFAULT : limit;
    }

    boolean matches(AuditEvent event) {
        return (aggregateId == null || aggregateId.equals(event.aggregateId()))
                && (type == null || type.equals(event.type()))
                && (from == null || !event.recordedAt().isBefore(from))
                && (to == null || event.recordedAt().isBefore(to))
                && (user == null || user.equals(event.metadata().user()))
                && (correlationId == null || correlationId.equals(event.metadata().correlationId()));
    }
}
