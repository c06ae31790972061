package com.clientcare.volume;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTest {

    @Test
    void the_line_shows_the_share_done_the_rate_and_the_time_left_at_that_rate() {
        Progress progress = new Progress(1_000);
        progress.show(0, 0, 0, 0);
        progress.show(100, 1_500, 2, 10_000_000_000L);

        assertThat(progress.line(100, 1_500, 2))
                .contains("[###...........................]")
                .contains("10.0% 100/1,000 clients")
                .contains("150 commands/s")
                .contains("0:01:30 left")
                .contains("2 errors");
    }
}
