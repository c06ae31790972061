package com.clientcare.eventstore.commitlog;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Walks the global log in batches from the first commit, recomputing each hash from the stored bytes. */
final class IntegrityVerifier {

    private static final int BATCH = 500;

    private final GlobalLog log;
    private final Function<List<String>, Map<String, StoredCommit>> commits;

    IntegrityVerifier(GlobalLog log, Function<List<String>, Map<String, StoredCommit>> commits) {
        this.log = log;
        this.commits = commits;
    }

    IntegrityReport verify() {
        long started = System.nanoTime();
        String previousHash = HashChain.GENESIS;
        long position = 0;
        long commitsChecked = 0;
        long eventsChecked = 0;
        while (true) {
            List<LogEntry> entries = log.from(position, BATCH);
            if (entries.isEmpty()) {
                if (log.anyAfter(position)) {
                    return report(false, commitsChecked, eventsChecked, position, null,
                            "no commit at this position, yet the log goes on after it: one was removed", started);
                }
                return report(true, commitsChecked, eventsChecked, null, null, null, started);
            }
            Map<String, StoredCommit> stored = commits.apply(entries.stream().map(LogEntry::stream).toList());
            for (LogEntry entry : entries) {
                StoredCommit commit = stored.get(entry.stream());
                String broken = brokenBecause(entry, commit, previousHash);
                if (broken != null) {
                    return report(false, commitsChecked, eventsChecked, entry.position(), entry.stream(), broken,
                            started);
                }
                previousHash = entry.hash();
                commitsChecked++;
                eventsChecked += entry.count();
            }
            position = entries.get(entries.size() - 1).end();
        }
    }

    private static String brokenBecause(LogEntry entry, StoredCommit commit, String previousHash) {
        if (commit == null) {
            return "the commit " + entry.stream() + " is missing from the streams";
        }
        if (commit.count() != entry.count()) {
            return "the commit holds " + commit.count() + " events, the log says " + entry.count();
        }
        String expected = HashChain.link(previousHash, entry.position(), entry.stream(), commit.canonicalEvents());
        if (!expected.equals(entry.hash())) {
            return "the stored events or their place do not hash to the recorded hash";
        }
        return null;
    }

    private static IntegrityReport report(boolean intact, long commits, long events, Long brokenAt, String commit,
                                          String reason, long startedNanos) {
        long nanos = System.nanoTime() - startedNanos;
        double seconds = Math.max(nanos / 1e9, 1e-6);
        return new IntegrityReport(intact, commits, events, brokenAt, commit, reason, nanos / 1_000_000,
                Math.round(events / seconds));
    }
}
