package com.clientcare.query.infra;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ZeroPaddedTest {

    @Test
    void gives_what_the_zero_padded_format_gives() {
        for (long value : List.of(0L, 7L, -7L, 123_456_789L, -123_456_789L, 100_000_000_000L + 1_764_547_199L,
                999_999_999_999L, 1_000_000_000_000L, Long.MAX_VALUE, Long.MIN_VALUE)) {
            for (int width : List.of(1, 6, 9, 12, 15)) {
                assertThat(ZeroPadded.of(value, width)).as("%d in %d digits", value, width)
                        .isEqualTo(String.format(Locale.ROOT, "%0" + width + "d", value));
            }
        }
    }
}
