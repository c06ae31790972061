package com.clientcare.query.audit;

import com.clientcare.eventstore.cluster.BackgroundThread;
import com.clientcare.eventstore.commitlog.CommitLogStorageEngine;
import com.clientcare.eventstore.commitlog.IntegrityReport;
import com.clientcare.query.infra.DocumentCollection;
import com.clientcare.shared.audit.FindIntegrityCheckQuery;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.queryhandling.QueryHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;

/**
 * Integrity checks run in the background, one at a time, their reports kept in {@code audit_integrity_checks} with
 * their progress: at a million events a check outlasts the query timeout of {@code GET /api/audit/integrity} on a
 * busy store (measured at 959,259 events, #16), so an auditor starts one and reads its report.
 */
@Component
public class IntegrityChecks {

    private static final Logger log = LoggerFactory.getLogger(IntegrityChecks.class);
    /** How often a running check writes its progress. */
    private static final long PROGRESS_EVERY_NANOS = 1_000_000_000L;

    private final CommitLogStorageEngine storage;
    private final DocumentCollection<IntegrityCheckReport> reports;
    private final Clock clock;
    private final ExecutorService runner = BackgroundThread.scheduler("integrity-check");

    public IntegrityChecks(CommitLogStorageEngine storage, MongoDatabase database, ObjectMapper mapper, Clock clock) {
        this.storage = storage;
        this.reports = new DocumentCollection<>(database, "audit_integrity_checks", IntegrityCheckReport.class,
                mapper);
        this.clock = clock;
    }

    /** Starts a check of the whole log; checks started while one runs wait for it. */
    public IntegrityCheckReport start() {
        TrackingToken head = storage.createHeadToken();
        IntegrityCheckReport started = IntegrityCheckReport.started(UUID.randomUUID().toString(), clock.instant(),
                head == null ? 0 : head.position().orElse(-1) + 1);
        reports.put(started.id(), started);
        runner.submit(() -> run(started));
        return started;
    }

    @QueryHandler
    public Optional<IntegrityCheckReport> handle(FindIntegrityCheckQuery query) {
        return reports.get(query.checkId());
    }

    private void run(IntegrityCheckReport started) {
        long begun = System.nanoTime();
        long[] lastWritten = {begun};
        try {
            IntegrityReport verified = storage.verifyIntegrity(checked -> {
                long now = System.nanoTime();
                if (now - lastWritten[0] >= PROGRESS_EVERY_NANOS) {
                    lastWritten[0] = now;
                    reports.put(started.id(), started.progress(checked,
                            Math.round(checked / ((now - begun) / 1e9) * 10) / 10.0));
                }
            });
            reports.put(started.id(), started.finished(verified, clock.instant()));
        } catch (RuntimeException e) {
            log.warn("Integrity check {} failed", started.id(), e);
            reports.put(started.id(), reports.get(started.id()).orElse(started).failed(e, clock.instant()));
        }
    }
}
