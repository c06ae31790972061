package com.clientcare.shared.audit;

/** The report of a projection replay: its progress while it runs, what the comparison found once done. */
public record FindReplayReportQuery(String replayId) {
}
