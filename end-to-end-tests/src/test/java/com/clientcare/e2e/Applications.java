package com.clientcare.e2e;

import java.util.HashMap;
import java.util.Map;

/** The two applications of the system, each on a free port, with the given store settings. */
final class Applications {

    private Applications() {
    }

    static ApplicationProcess commandSide(Map<String, String> store) {
        return commandSide("command-side", store);
    }

    static ApplicationProcess querySide(Map<String, String> store) {
        return querySide("query-side", store);
    }

    /** One of several command-side instances: {@code name} names its log. */
    static ApplicationProcess commandSide(String name, Map<String, String> store) {
        int port = ApplicationProcess.freePort();
        return new ApplicationProcess(name, "commandSideJar", port, with(store, "COMMAND_SIDE_PORT", port));
    }

    static ApplicationProcess querySide(String name, Map<String, String> store) {
        int port = ApplicationProcess.freePort();
        return new ApplicationProcess(name, "querySideJar", port, with(store, "QUERY_SIDE_PORT", port));
    }

    private static Map<String, String> with(Map<String, String> store, String portVariable, int port) {
        Map<String, String> environment = new HashMap<>(store);
        environment.put(portVariable, String.valueOf(port));
        environment.put("SPRING_PROFILES_ACTIVE", "local");
        return environment;
    }
}
