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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
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
    /** How long after the last replay asked for the queued ones start, to be read together. */
    private static final Duration GATHER = Duration.ofSeconds(2);

    private final ShadowProjections projections;
    private final EventStorageEngine storage;
    private final TokenClaims claims;
    private final MongoClient mongo;
    private final MongoDatabase live;
    private final DocumentCollection<ReplayReport> reports;
    private final Clock clock;
    private final ExecutorService runner = BackgroundThread.scheduler("projection-replay");
    private final Queue<Queued> queued = new ConcurrentLinkedQueue<>();

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
            queued.add(new Queued(started, type));
            runner.submit(this::runQueued);
            return started;
        });
    }

    @QueryHandler
    public Optional<ReplayReport> handle(FindReplayReportQuery query) {
        return reports.get(query.replayId());
    }

    /**
     * Runs every replay queued by now, once no other has been asked for in a moment: they are rebuilt in one
     * reading of the log. Reading the log was most of the time of the replays that write little (39 s of 40 for
     * {@code marketing-responses} at 972,681 events, #16), so eleven replays read it eleven times.
     */
    private void runQueued() {
        try {
            for (int seen = 0; queued.size() > seen; ) {
                seen = queued.size();
                Thread.sleep(GATHER.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        List<Replay> group = new ArrayList<>();
        for (Queued next = queued.poll(); next != null; next = queued.poll()) {
            group.add(new Replay(next));
        }
        if (!group.isEmpty()) {
            run(group);
        }
    }

    private void run(List<Replay> group) {
        KeysWritten written = new KeysWritten();
        List<String> names = group.stream().map(replay -> replay.started.projection()).toList();
        List<Progress> reading = new ArrayList<>();
        for (Replay replay : group) {
            try {
                reading.add(replay.begin(names, written));
            } catch (Exception e) {
                replay.fail(e);
            }
        }
        try {
            readOn(reading);
            for (Progress progress : reading) {
                if (progress.failure == null) {
                    progress.replay.compare(progress);
                }
            }
        } catch (Exception e) {
            reading.stream().filter(progress -> progress.failure == null).forEach(progress -> progress.replay.fail(e));
        } finally {
            group.forEach(Replay::dropShadow);
        }
    }

    /**
     * Reads the log on from where these replays stand (all at one position), each event handled by each; a replay
     * whose handler fails is reported failed and reads no further, the others go on. The rebuilt read models are
     * written in bulk every few thousand events (ReadModelBatch).
     */
    private void readOn(List<Progress> replays) throws Exception {
        if (replays.isEmpty()) {
            return;
        }
        List<Progress> reading = new ArrayList<>(replays);
        long read = 0;
        try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(reading.get(0).token, false)) {
            Iterator<? extends TrackedEventMessage<?>> iterator = events.iterator();
            ReadModelBatch batch = ReadModelBatch.open(reading.get(0).written);
            try {
                while (iterator.hasNext() && !reading.isEmpty()) {
                    TrackedEventMessage<?> event = iterator.next();
                    reading.removeIf(progress -> !progress.handle(event));
                    if (++read % WRITE_EVERY == 0) {
                        batch.flush();
                    }
                    if (read % REPORT_EVERY == 0) {
                        reading.forEach(progress -> reports.put(progress.replay.started.id(), progress.running()));
                    }
                }
            } finally {
                batch.close();
            }
        }
    }

    /** Reads the log on until the replay stands where the live projection does. */
    private void catchUp(Progress progress) throws Exception {
        for (int round = 0; round < CATCH_UP_ROUNDS; round++) {
            readOn(List.of(progress));
            if (progress.failure != null) {
                throw progress.failure;
            }
            if (awaitLive(progress.replay.started.projection(), progress.position())) {
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

    private record Queued(ReplayReport report, Class<?> type) {
    }

    /** One projection's replay: its rebuilt read model, in a database of its own, and its reports. */
    private final class Replay {

        private final ReplayReport started;
        private final Class<?> type;
        private final MongoDatabase shadow;

        Replay(Queued queued) {
            this.started = queued.report().with().status(ReplayReport.Status.RUNNING).build();
            this.type = queued.type();
            this.shadow = mongo.getDatabase(live.getName() + "_replay_" + started.id().substring(0, 8));
        }

        /** Reports it running, read with the {@code group}'s others, into an empty database. */
        Progress begin(List<String> group, KeysWritten written) {
            List<String> others = new ArrayList<>(group);
            others.remove(started.projection());
            ReplayReport running = started.with().readWith(others).build();
            reports.put(running.id(), running);
            shadow.drop();
            AnnotationEventHandlerAdapter handler =
                    new AnnotationEventHandlerAdapter(projections.writingInto(type, shadow));
            return new Progress(this, running, handler, written);
        }

        /** Catches up with the live projection and compares, until the comparison settles (ReadModelComparison). */
        void compare(Progress progress) {
            try {
                ReplayReport[] comparing = new ReplayReport[1];
                ReadModelComparison comparison = ReadModelComparison.settled(COMPARISONS, () -> {
                    catchUp(progress);
                    comparing[0] = progress.comparing(livePosition(started.projection()));
                    reports.put(started.id(), comparing[0]);
                    return ReadModelComparison.of(live, shadow);
                });
                reports.put(started.id(), progress.compared(comparing[0], comparison, clock.instant()));
            } catch (Exception e) {
                if (progress.failure == null) {
                    fail(e);
                }
            }
        }

        void fail(Exception e) {
            log.warn("Replay {} of {} failed", started.id(), started.projection(), e);
            reports.put(started.id(), reports.get(started.id()).orElse(started).with()
                    .status(ReplayReport.Status.FAILED)
                    .finishedAt(clock.instant())
                    .secondsLeft(null)
                    .comparison(0, 0, List.of())
                    .error(e.toString())
                    .build());
        }

        void dropShadow() {
            shadow.drop();
        }
    }

    /** Where a running replay stands; written to its report every few hundred events. */
    private final class Progress {

        private final Replay replay;
        private final ReplayReport started;
        private final AnnotationEventHandlerAdapter handler;
        /** What the replays read together wrote to their databases, empty when they began, in every round. */
        private final KeysWritten written;
        private final long startNanos = System.nanoTime();
        private TrackingToken token;
        private long processed;
        /** What its handler threw, if it failed on an event: the replay reads no further. */
        private Exception failure;

        Progress(Replay replay, ReplayReport started, AnnotationEventHandlerAdapter handler, KeysWritten written) {
            this.replay = replay;
            this.started = started;
            this.handler = handler;
            this.written = written;
        }

        /** Handles the event if the projection does; false (reported failed) if its handler failed on it. */
        boolean handle(TrackedEventMessage<?> event) {
            try {
                if (handler.canHandle(event)) {
                    handler.handle(event);
                }
            } catch (Exception e) {
                failure = e;
                replay.fail(e);
                return false;
            }
            token = event.trackingToken();
            processed++;
            return true;
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
