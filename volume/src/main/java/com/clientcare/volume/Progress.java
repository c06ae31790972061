package com.clientcare.volume;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A progress line: a bar, clients done of all, commands sent, the rate over the last half minute and the time
 * left at that rate. Redrawn in place on a terminal, one line every ten seconds otherwise (a log file).
 */
final class Progress {

    private static final int WIDTH = 30;
    private static final long WINDOW_NANOS = Duration.ofSeconds(30).toNanos();

    private final int total;
    private final boolean terminal = System.console() != null;
    private final Deque<long[]> samples = new ArrayDeque<>();
    private long lastPrinted;

    Progress(int total) {
        this.total = total;
    }

    /** Draws the line for {@code done} clients of the run and {@code commands} commands sent, at {@code nanos}. */
    void show(int done, long commands, long errors, long nanos) {
        samples.addLast(new long[]{nanos, done, commands});
        while (samples.size() > 2 && nanos - samples.peekFirst()[0] > WINDOW_NANOS) {
            samples.removeFirst();
        }
        if (!terminal && nanos - lastPrinted < Duration.ofSeconds(10).toNanos()) {
            return;
        }
        lastPrinted = nanos;
        System.err.print(line(done, commands, errors) + (terminal ? "\r" : "\n"));
        System.err.flush();
    }

    void finish(int done, long commands, long errors) {
        System.err.println(line(done, commands, errors));
    }

    String line(int done, long commands, long errors) {
        long[] first = samples.peekFirst();
        long[] last = samples.peekLast();
        double seconds = first == null ? 0 : (last[0] - first[0]) / 1e9;
        double clientsPerSecond = seconds <= 0 ? 0 : (last[1] - first[1]) / seconds;
        double commandsPerSecond = seconds <= 0 ? 0 : (last[2] - first[2]) / seconds;
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        String left = clientsPerSecond <= 0 ? "--:--:--" : clock((long) ((total - done) / clientsPerSecond));
        return String.format("[%s%s] %5.1f%% %,d/%,d clients | %,d commands | %,.0f commands/s | %s left | %,d errors",
                "#".repeat(filled), ".".repeat(WIDTH - filled), total == 0 ? 100.0 : 100.0 * done / total, done,
                total, commands, commandsPerSecond, left, errors);
    }

    private static String clock(long seconds) {
        return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
