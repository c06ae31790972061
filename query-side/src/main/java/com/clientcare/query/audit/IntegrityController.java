package com.clientcare.query.audit;

import com.clientcare.eventstore.commitlog.IntegrityReport;
import com.clientcare.shared.audit.FindIntegrityReportQuery;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Proof that history was not altered: the hash chain of the event log recomputed from the stored bytes.
 * Erasure destroys keys, not stored bytes, so it leaves the chain intact.
 */
@RestController
public class IntegrityController {

    private final QueryGateway queries;

    public IntegrityController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/audit/integrity")
    public IntegrityReport integrity() {
        return queries.query(new FindIntegrityReportQuery(), ResponseTypes.instanceOf(IntegrityReport.class)).join();
    }
}
