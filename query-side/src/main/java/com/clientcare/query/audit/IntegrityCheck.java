package com.clientcare.query.audit;

import com.clientcare.eventstore.commitlog.CommitLogStorageEngine;
import com.clientcare.eventstore.commitlog.IntegrityReport;
import com.clientcare.shared.audit.FindIntegrityReportQuery;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Recomputes the hash chain of the event log from the stored bytes. */
@Component
public class IntegrityCheck {

    private final CommitLogStorageEngine storage;

    public IntegrityCheck(CommitLogStorageEngine storage) {
        this.storage = storage;
    }

    @QueryHandler
    public IntegrityReport handle(FindIntegrityReportQuery query) {
        return storage.verifyIntegrity();
    }
}
