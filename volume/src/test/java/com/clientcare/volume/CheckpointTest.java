package com.clientcare.volume;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CheckpointTest {

    private static final Instant UNTIL = Instant.parse("2026-11-30T00:00:00Z");

    @Test
    void a_written_checkpoint_reads_back_so_a_stopped_run_resumes_with_the_same_data(@TempDir Path directory) {
        Path file = directory.resolve("nested/volume.checkpoint");
        new Checkpoint(42, UNTIL, 1_200, 1_216).write(file);

        assertThat(Checkpoint.readOr(file, Checkpoint.fresh(42, UNTIL.plusSeconds(86_400))))
                .isEqualTo(new Checkpoint(42, UNTIL, 1_200, 1_216));
    }

    @Test
    void without_a_file_a_run_starts_fresh(@TempDir Path directory) {
        assertThat(Checkpoint.readOr(directory.resolve("none"), Checkpoint.fresh(7, UNTIL)))
                .isEqualTo(new Checkpoint(7, UNTIL, 0, 0));
    }
}
