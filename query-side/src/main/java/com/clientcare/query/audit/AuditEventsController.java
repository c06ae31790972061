package com.clientcare.query.audit;

import com.clientcare.shared.audit.FindAuditEventsQuery;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Every event with who and why: the log in global order with filters and paging, everything one conversation
 * caused (by correlation id), and a client's or a complaint's complete history as NDJSON, streamed (read from the
 * log directly: a query answer is held whole in memory, a stream is not).
 */
@RestController
@RequestMapping("/api/audit")
public class AuditEventsController {

    /** The forms ids and correlation ids take when recorded; anything else cannot be in the log (400). */
    private static final String ID = "[A-Za-z0-9_-]{1,64}";
    private static final String CORRELATION_ID = "[A-Za-z0-9._:-]{1,100}";
    private static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

    private final QueryGateway queries;
    private final AuditLog log;
    private final ObjectMapper mapper;

    public AuditEventsController(QueryGateway queries, AuditLog log, ObjectMapper mapper) {
        this.queries = queries;
        this.log = log;
        this.mapper = mapper;
    }

    /** A page of the log; continue with {@code after} = the last {@code globalIndex} of the page. */
    @GetMapping("/events")
    public List<AuditEvent> events(@Valid AuditFilter filter) {
        return events(filter.query());
    }

    /** Everything a request caused, across aggregates: the events sharing its correlation id, in order. */
    @GetMapping("/correlations/{correlationId}")
    public List<AuditEvent> correlation(@PathVariable @Pattern(regexp = CORRELATION_ID) String correlationId) {
        return events(new FindAuditEventsQuery(null, null, null, null, null, correlationId, null, AuditFilter.MOST));
    }

    private List<AuditEvent> events(FindAuditEventsQuery query) {
        return queries.query(query, ResponseTypes.multipleInstancesOf(AuditEvent.class)).join();
    }

    @GetMapping(value = {"/clients/{aggregateId}/events.ndjson", "/complaints/{aggregateId}/events.ndjson",
            "/client-accounts/{aggregateId}/events.ndjson"},
            produces = "application/x-ndjson")
    public ResponseEntity<StreamingResponseBody> history(@PathVariable @Pattern(regexp = ID) String aggregateId) {
        StreamingResponseBody body = out -> log.each(event -> aggregateId.equals(event.aggregateId()),
                event -> writeLine(out, event));
        return ResponseEntity.ok().contentType(NDJSON).body(body);
    }

    private void writeLine(OutputStream out, AuditEvent event) {
        try {
            out.write(mapper.writeValueAsBytes(event));
            out.write("\n".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
