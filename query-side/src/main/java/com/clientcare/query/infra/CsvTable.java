package com.clientcare.query.infra;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A list of records as RFC 4180 CSV: a header of the component names, then one line per record. */
public final class CsvTable {

    private CsvTable() {
    }

    public static <T extends Record> String of(Class<T> type, List<T> rows) {
        RecordComponent[] columns = type.getRecordComponents();
        StringBuilder csv = new StringBuilder(Arrays.stream(columns).map(RecordComponent::getName)
                .collect(Collectors.joining(","))).append("\r\n");
        for (T row : rows) {
            csv.append(Arrays.stream(columns).map(column -> cell(valueOf(column, row)))
                    .collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
        // a leading = + - @ would be run as a formula by spreadsheets
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        return text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                ? "\"" + text.replace("\"", "\"\"") + "\""
                : text;
    }

    private static Object valueOf(RecordComponent column, Record row) {
        try {
            return column.getAccessor().invoke(row);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + column.getName(), e);
        }
    }
}
