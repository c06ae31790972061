package com.clientcare.query.audit;

import com.clientcare.eventstore.cluster.BackgroundThread;
import com.clientcare.query.cluster.TokenClaims;
import com.clientcare.query.infra.DocumentCollection;
import com.clientcare.query.infra.KeysWritten;
import com.clientcare.query.infra.ReadModelBatch;
import com.clientcare.shared.audit.FindReplayReportQuery;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.queryhandling.QueryHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.stream.Stream;

/**
 * Rebuilds a projection from the whole event log into a database of its own while the live one keeps serving,
 * then compares the two at the same position of the log. Reports are kept in {@code audit_replays}.
 */
@Component
public class ProjectionReplays {

    private static final Logger log = LoggerFactory.getLogger(ProjectionReplays.class);
    private static final Duration LIVE_CATCH_UP = Duration.ofSeconds(60);
    private static final int CATCH_UP_ROUNDS = 10;
    private static final int REPORT_EVERY = 500;
    /**
     * Events of the log between two writes of the rebuilt read model. A write sends every document the batch changed
     * whole, so a document many events change (a month's compliance bucket, 2,000 clocks in 150 KB) is sent once
     * per write: at 500, rewriting such buckets was most of the embedded store's work in a replay at 972,680 events
     * (#16). The batch holds what it changed until then, on the heap.
     */
    private static final int WRITE_EVERY = 5_000;
    /**
     * How often a replay that found differences catches up and compares again before reporting them. The live
     * projection goes on while it is read: events keep coming (clocks started and breached by the command side),
     * and a batch's writes land before its token moves, so a first comparison may see live writes past the replay's
     * position. Those go at the next comparison; a real difference stays.
     */
    private static final int COMPARISONS = 3;

    private final ShadowProjections projections;
    private final EventStorageEngine storage;
    private final TokenClaims claims;
    private final MongoClient mongo;
    private final MongoDatabase live;
    private final DocumentCollection<ReplayReport> reports;
    private final Clock clock;
    private final ExecutorService runner = BackgroundThread.scheduler("projection-replay");

    public ProjectionReplays(ShadowProjections projections, EventStorageEngine storage,
                             TokenClaims claims, MongoClient mongo, MongoDatabase live,
                             ObjectMapper mapper, Clock clock) {
        this.projections = projections;
        this.storage = storage;
        this.claims = claims;
        this.mongo = mongo;
        this.live = live;
        this.reports = new DocumentCollection<>(live, "audit_replays", ReplayReport.class, mapper);
        this.clock = clock;
    }

    /** Starts a replay of the named projection (its processing group); empty if there is no such projection. */
    public Optional<ReplayReport> start(String projection) {
        return projections.byName(projection).map(type -> {
            String id = UUID.randomUUID().toString();
            ReplayReport started = ReplayReport.started(id, projection, clock.instant(), total());
            reports.put(id, started);
            runner.submit(() -> run(started, type));
            return started;
        });
    }

    @QueryHandler
    public Optional<ReplayReport> handle(FindReplayReportQuery query) {
        return reports.get(query.replayId());
    }

    private void run(ReplayReport queued, Class<?> type) {
        ReplayReport started = queued.with().status(ReplayReport.Status.RUNNING).build();
        reports.put(started.id(), started);
        MongoDatabase shadow = mongo.getDatabase(live.getName() + "_replay_" + started.id().substring(0, 8));
        try {
            shadow.drop();
            AnnotationEventHandlerAdapter handler =
                    new AnnotationEventHandlerAdapter(projections.writingInto(type, shadow));
            Progress progress = new Progress(started);
            ReplayReport[] comparing = new ReplayReport[1];
            ReadModelComparison comparison = ReadModelComparison.settled(COMPARISONS, () -> {
                catchUp(progress, handler, started.projection());
                comparing[0] = progress.comparing(livePosition(started.projection()));
                reports.put(started.id(), comparing[0]);
                return ReadModelComparison.of(live, shadow);
            });
            reports.put(started.id(), progress.compared(comparing[0], comparison, clock.instant()));
        } catch (Exception e) {
            log.warn("Replay {} of {} failed", started.id(), started.projection(), e);
            reports.put(started.id(), failed(started, e));
        } finally {
            shadow.drop();
        }
    }

    /** Reads the log on until the replay stands where the live projection does. */
    private void catchUp(Progress progress, AnnotationEventHandlerAdapter handler, String projection)
            throws Exception {
        for (int round = 0; round < CATCH_UP_ROUNDS; round++) {
            progress.readFrom(handler);
            if (awaitLive(projection, progress.position())) {
                return;
            }
        }
    }

    /** True once the live projection stands where the replay stands; false if it has gone further (read on). */
    private boolean awaitLive(String projection, long position) throws InterruptedException {
        long deadline = System.nanoTime() + LIVE_CATCH_UP.toNanos();
        while (System.nanoTime() < deadline) {
            OptionalLong live = livePosition(projection);
            if (live.isPresent() && live.getAsLong() == position) {
                return true;
            }
            if (live.isPresent() && live.getAsLong() > position) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    /** Across every query-side instance: the lowest position of the live projection's segments. */
    private OptionalLong livePosition(String projection) {
        return claims.position(projection);
    }

    private long total() {
        TrackingToken head = storage.createHeadToken();
        return head == null ? 0 : head.position().orElse(-1) + 1;
    }

    private ReplayReport failed(ReplayReport started, Exception e) {
        return reports.get(started.id()).orElse(started).with()
                .status(ReplayReport.Status.FAILED)
                .finishedAt(clock.instant())
                .secondsLeft(null)
                .comparison(0, 0, List.of())
                .error(e.toString())
                .build();
    }

    /** Where a running replay stands; written to its report every few hundred events. */
    private final class Progress {

        private final ReplayReport started;
        private final long startNanos = System.nanoTime();
        private TrackingToken token;
        private long processed;
        /** What the replay wrote to its database, empty when the replay began, in every round of reading. */
        private final KeysWritten written = new KeysWritten();

        Progress(ReplayReport started) {
            this.started = started;
        }

        /** The rebuilt read model is written in bulk every few thousand events (ReadModelBatch). */
        void readFrom(AnnotationEventHandlerAdapter handler) throws Exception {
            try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(token, false)) {
                Iterator<? extends TrackedEventMessage<?>> iterator = events.iterator();
                ReadModelBatch batch = ReadModelBatch.open(written);
                try {
                    while (iterator.hasNext()) {
                        TrackedEventMessage<?> event = iterator.next();
                        if (handler.canHandle(event)) {
                            handler.handle(event);
                        }
                        token = event.trackingToken();
                        if (++processed % WRITE_EVERY == 0) {
                            batch.flush();
                        }
                        if (processed % REPORT_EVERY == 0) {
                            reports.put(started.id(), running());
                        }
                    }
                } finally {
                    batch.close();
                }
            }
        }

        long position() {
            return token == null ? -1 : token.position().orElse(-1);
        }

        private double rate() {
            double seconds = Math.max((System.nanoTime() - startNanos) / 1e9, 1e-3);
            return Math.round(processed / seconds * 10) / 10.0;
        }

        private ReplayReport running() {
            long total = Math.max(total(), processed);
            double rate = rate();
            Long left = rate > 0 ? (long) Math.ceil((total - processed) / rate) : null;
            return started.with().progress(processed, total, rate, position()).secondsLeft(left).build();
        }

        ReplayReport comparing(OptionalLong livePosition) {
            return started.with()
                    .status(ReplayReport.Status.COMPARING)
                    .progress(processed, processed, rate(), position())
                    .secondsLeft(0L)
                    .livePosition(livePosition.isPresent() ? livePosition.getAsLong() : null)
                    .build();
        }

        ReplayReport compared(ReplayReport comparing, ReadModelComparison comparison, Instant finishedAt) {
            return comparing.with()
                    .status(comparison.count() == 0 ? ReplayReport.Status.NO_DIFFERENCES
                            : ReplayReport.Status.DIFFERENCES_FOUND)
                    .finishedAt(finishedAt)
                    .progress(processed, processed, rate(), position())
                    .comparison(comparison.compared(), comparison.count(), comparison.differences())
                    .build();
        }
    }
}
