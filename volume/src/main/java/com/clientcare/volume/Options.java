package com.clientcare.volume;

import java.util.HashMap;
import java.util.Map;

/** {@code --name=value} command-line options with defaults, so each tool states what it accepts in one place. */
final class Options {

    private final Map<String, String> values = new HashMap<>();

    /** {@code defaults} are name/value pairs: every option there is, with its value when not given. */
    Options(String[] args, String... defaults) {
        for (int i = 0; i < defaults.length; i += 2) {
            values.put(defaults[i], defaults[i + 1]);
        }
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            String name = arg.substring(2, equals);
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("unknown option --" + name + "; known: " + values.keySet());
            }
            values.put(name, arg.substring(equals + 1));
        }
    }

    String text(String name) {
        return values.get(name);
    }

    int number(String name) {
        return Integer.parseInt(values.get(name).replace("_", "").replace(",", ""));
    }

    long longNumber(String name) {
        return Long.parseLong(values.get(name).replace("_", "").replace(",", ""));
    }
}
