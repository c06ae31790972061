package com.clientcare.volume;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a realistic, reproducible data set through a running command side (see {@link ClientScript} for what a
 * client gets), several clients at a time, each client's commands in order. Progress goes to a checkpoint file, so
 * a stopped run started again with the same options goes on where it stopped; requests of a client that was being
 * sent when it stopped are sent again, and the command side answers those as retries.
 */
public final class GenerateVolume {

    private static final int ERRORS_SHOWN = 20;

    private final Options options;
    private final int clients;
    private final CommandClient commands;
    private final Path checkpointFile;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong repeated = new AtomicLong();
    private final Map<String, AtomicLong> errorsByKind = new ConcurrentHashMap<>();
    private final Set<Integer> completedAhead = new ConcurrentSkipListSet<>();
    private volatile Checkpoint checkpoint;

    private GenerateVolume(Options options) {
        this.options = options;
        this.clients = options.number("clients");
        long seed = options.longNumber("seed");
        this.commands = new CommandClient(URI.create(options.text("command-side")),
                Map.of(Request.User.CONSUMER, options.text("user"), Request.User.ADMIN, options.text("admin")));
        this.checkpointFile = Path.of(options.text("checkpoint").replace("{seed}", Long.toString(seed)));
        Instant until = options.text("until").isEmpty() ? Instant.now().truncatedTo(ChronoUnit.DAYS)
                : Instant.parse(options.text("until"));
        this.checkpoint = Checkpoint.readOr(checkpointFile, Checkpoint.fresh(seed, until));
        if (checkpoint.seed() != seed) {
            throw new IllegalArgumentException(checkpointFile + " belongs to seed " + checkpoint.seed()
                    + "; delete it to start over or use that seed");
        }
    }

    public static void main(String[] args) throws InterruptedException {
        System.exit(generate(args).errors() == 0 ? 0 : 1);
    }

    /** Runs a generation with {@code --name=value} options (see the README); answers what was sent. */
    public static Outcome generate(String... args) throws InterruptedException {
        Options options = new Options(args,
                "command-side", "http://localhost:8080",
                "clients", "100000",
                "seed", "42",
                "concurrency", "16",
                "until", "",
                "user", "consumer:consumer-local",
                "admin", "admin:admin-local",
                "checkpoint", "data/volume-seed{seed}.checkpoint");
        return new GenerateVolume(options).run();
    }

    private Outcome run() throws InterruptedException {
        int resumeFrom = checkpoint.done();
        int partlySentBelow = checkpoint.started();
        System.err.printf("Generating clients %,d to %,d (seed %d, data until %s, %s)%n", resumeFrom, clients,
                checkpoint.seed(), checkpoint.until(), resumeFrom > 0 ? "resumed from " + checkpointFile
                        : "progress kept in " + checkpointFile);
        AtomicInteger next = new AtomicInteger(resumeFrom);
        int concurrency = options.number("concurrency");
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        for (int w = 0; w < concurrency; w++) {
            workers.execute(() -> {
                for (int index = next.getAndIncrement(); index < clients; index = next.getAndIncrement()) {
                    if (!sendClient(index, index < partlySentBelow)) {
                        return;
                    }
                }
            });
        }
        workers.shutdown();
        Progress progress = new Progress(clients);
        while (!workers.awaitTermination(1, TimeUnit.SECONDS)) {
            keep(next.get());
            progress.show(checkpoint.done(), sent.get(), errors.get(), System.nanoTime());
        }
        keep(next.get());
        progress.finish(checkpoint.done(), sent.get(), errors.get());
        report();
        return new Outcome(sent.get(), errors.get(), repeated.get());
    }

    /** Sends one client's commands in order; false when interrupted. */
    private boolean sendClient(int index, boolean maybeSentBefore) {
        List<Request> script = ClientScript.of(checkpoint.seed(), index, checkpoint.until());
        try {
            for (Request request : script) {
                CommandClient.Answer answer = commands.send(request);
                sent.incrementAndGet();
                if (!answer.accepted()) {
                    refused(request, answer, maybeSentBefore);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        completedAhead.add(index);
        return true;
    }

    /** A refusal is an error, unless the client was partly sent by a stopped run: then it was recorded before. */
    private void refused(Request request, CommandClient.Answer answer, boolean maybeSentBefore) {
        if (maybeSentBefore && (answer.status() == 409 || answer.status() == 422)) {
            repeated.incrementAndGet();
            return;
        }
        errors.incrementAndGet();
        String kind = request.method() + " " + request.path().replaceAll("vol\\d+-c\\d+[-A-Za-z0-9]*", "{id}")
                + " -> " + answer.status();
        if (errorsByKind.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet() == 1
                && errorsByKind.size() <= ERRORS_SHOWN) {
            System.err.printf("%n%s %s: %s%n", kind, request.body(), answer.body());
        }
    }

    /** Moves the complete mark past every client done, and writes it down. */
    private synchronized void keep(int started) {
        int done = checkpoint.done();
        while (completedAhead.remove(done)) {
            done++;
        }
        checkpoint = new Checkpoint(checkpoint.seed(), checkpoint.until(), done, Math.min(clients, Math.max(started, checkpoint.started())));
        checkpoint.write(checkpointFile);
    }

    /** Commands sent, refused (errors) and answered as recorded before (clients a stopped run had begun). */
    public record Outcome(long sent, long errors, long repeated) {
    }

    private void report() {
        System.err.printf("%,d commands sent, %,d errors, %,d answered as already recorded (resumed clients)%n",
                sent.get(), errors.get(), repeated.get());
        errorsByKind.forEach((kind, count) -> System.err.printf("  %,8d  %s%n", count.get(), kind));
    }
}
