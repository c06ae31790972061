package com.clientcare.query.audit;

import com.clientcare.eventstore.commitlog.CommitLogStorageEngine;
import com.clientcare.eventstore.commitlog.IntegrityReport;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Proof that history was not altered: the hash chain of the event log recomputed from the stored bytes.
 * Erasure destroys keys, not stored bytes, so it leaves the chain intact.
 */
@RestController
public class IntegrityController {

    private final CommitLogStorageEngine storage;

    public IntegrityController(CommitLogStorageEngine storage) {
        this.storage = storage;
    }

    @GetMapping("/api/audit/integrity")
    public IntegrityReport integrity() {
        return storage.verifyIntegrity();
    }
}
