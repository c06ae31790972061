package com.clientcare.query.audit;

import com.clientcare.eventstore.commitlog.IntegrityReport;
import com.clientcare.query.infra.NotFound;
import com.clientcare.shared.audit.FindIntegrityCheckQuery;
import com.clientcare.shared.audit.FindIntegrityReportQuery;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * Proof that history was not altered: the hash chain of the event log recomputed from the stored bytes.
 * Erasure destroys keys, not stored bytes, so it leaves the chain intact.
 */
@RestController
public class IntegrityController {

    private final QueryGateway queries;
    private final IntegrityChecks checks;

    public IntegrityController(QueryGateway queries, IntegrityChecks checks) {
        this.queries = queries;
        this.checks = checks;
    }

    @GetMapping("/api/audit/integrity")
    public IntegrityReport integrity() {
        return queries.query(new FindIntegrityReportQuery(), ResponseTypes.instanceOf(IntegrityReport.class)).join();
    }

    /**
     * The same check in the background (AUDITOR): a large log outlasts a request's query timeout. Starting one is
     * no query: it is done here, and its report read back through the query gateway.
     */
    @PostMapping("/api/audit/integrity/checks")
    public ResponseEntity<IntegrityCheckReport> start() {
        IntegrityCheckReport started = checks.start();
        return ResponseEntity.accepted().location(URI.create("/api/audit/integrity/checks/" + started.id()))
                .body(started);
    }

    @GetMapping("/api/audit/integrity/checks/{id}")
    public IntegrityCheckReport check(@PathVariable String id) {
        return queries.query(new FindIntegrityCheckQuery(id),
                        ResponseTypes.optionalInstanceOf(IntegrityCheckReport.class)).join()
                .orElseThrow(() -> new NotFound("integrity check", id));
    }
}
