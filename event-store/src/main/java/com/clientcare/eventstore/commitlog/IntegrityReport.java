package com.clientcare.eventstore.commitlog;

/**
 * The verification of the event log's hash chain: whether every commit's stored events and place still hash
 * to what was recorded, and if not, the first link that is broken (every later one is suspect with it).
 */
public record IntegrityReport(
        boolean intact,
        long commitsChecked,
        long eventsChecked,
        Long firstBrokenAt,
        String brokenCommit,
        String reason,
        long millis,
        double eventsPerSecond) {
}
