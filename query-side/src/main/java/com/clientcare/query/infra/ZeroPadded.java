package com.clientcare.query.infra;

/**
 * A number as fixed-width decimal digits, so that text order is number order in sort keys and ids: what
 * {@code String.format("%0<width>d", value)} gives in the root locale, without parsing a format per call (a tenth of
 * a replay thread's time went to {@code String.format} for list entries at 972,681 events, #16).
 */
public final class ZeroPadded {

    private ZeroPadded() {
    }

    public static String of(long value, int width) {
        String digits = Long.toString(value);
        boolean negative = value < 0;
        int length = digits.length();
        if (length >= width) {
            return digits;
        }
        StringBuilder padded = new StringBuilder(width);
        if (negative) {
            padded.append('-');
        }
        for (int i = length; i < width; i++) {
            padded.append('0');
        }
        return padded.append(digits, negative ? 1 : 0, length).toString();
    }
}
