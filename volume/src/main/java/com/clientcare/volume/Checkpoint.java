package com.clientcare.volume;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Properties;

/**
 * How far a generation got, kept in a small file so a stopped run goes on where it stopped: the seed and end of
 * the data it was started with (a resumed run must send the very same requests), every client below {@code done}
 * is complete, and clients from {@code done} up to {@code started} may be partly sent.
 */
record Checkpoint(long seed, Instant until, int done, int started) {

    static Checkpoint fresh(long seed, Instant until) {
        return new Checkpoint(seed, until, 0, 0);
    }

    static Checkpoint readOr(Path file, Checkpoint fresh) {
        if (!Files.exists(file)) {
            return fresh;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Checkpoint(Long.parseLong(properties.getProperty("seed")),
                Instant.parse(properties.getProperty("until")),
                Integer.parseInt(properties.getProperty("done")), Integer.parseInt(properties.getProperty("started")));
    }

    /** Written beside and moved into place, so a run stopped mid-write never leaves half a file. */
    void write(Path file) {
        Properties properties = new Properties();
        properties.setProperty("seed", Long.toString(seed));
        properties.setProperty("until", until.toString());
        properties.setProperty("done", Integer.toString(done));
        properties.setProperty("started", Integer.toString(started));
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path partial = parent.resolve(file.getFileName() + ".partial");
            try (Writer writer = Files.newBufferedWriter(partial)) {
                properties.store(writer, "volume generator progress; delete to start over");
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
