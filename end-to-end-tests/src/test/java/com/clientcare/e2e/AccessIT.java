package com.clientcare.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint each application publishes in its OpenAPI description, called by each role and without
 * credentials: the roles the access table below allows are let through (whatever the request then meets: 400,
 * 404, ...), all others get 403, and no credentials get 401, each as problem+json.
 */
class AccessIT {

    private static final List<String> ROLES = List.of("CONSUMER", "ANALYST", "AUDITOR", "ADMIN");
    private static final Map<String, String> USER_OF = Map.of(
            "CONSUMER", "consumer", "ANALYST", "analyst", "AUDITOR", "auditor", "ADMIN", "admin");
    private static SharedSystem system;

    private record Endpoint(String base, boolean commandSide, String method, String path) {
    }

    @BeforeAll
    static void startSystem() {
        system = SharedSystem.get();
    }

    @Test
    void every_published_endpoint_lets_in_exactly_the_roles_it_should() {
        List<Endpoint> endpoints = new ArrayList<>();
        endpoints.addAll(published(system.commandSide.baseUrl(), true));
        endpoints.addAll(published(system.querySide.baseUrl(), false));
        assertThat(endpoints).hasSizeGreaterThan(20);

        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            String url = endpoint.base() + endpoint.path().replaceAll("\\{[^}]+}", "probe");
            String body = endpoint.method().equals("GET") ? null : "{}";
            Http.Response anonymous = Http.anonymous().send(endpoint.method(), url, body);
            if (anonymous.status() != 401 || !anonymous.contentType().startsWith("application/problem+json")) {
                wrong.add("anonymous " + endpoint + " -> " + anonymous.status());
            }
            for (String role : ROLES) {
                int status = Http.as(USER_OF.get(role)).send(endpoint.method(), url, body).status();
                boolean allowed = allowed(endpoint, role);
                if (allowed ? status == 401 || status == 403 : status != 403) {
                    wrong.add(role + " " + endpoint.method() + " " + endpoint.path() + " -> " + status
                            + (allowed ? " (should be let in)" : " (should be 403)"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void health_and_api_docs_are_open_and_other_actuator_endpoints_need_admin() {
        for (String base : List.of(system.commandSide.baseUrl(), system.querySide.baseUrl())) {
            assertThat(Http.anonymous().send("GET", base + "/actuator/health", null).status()).isEqualTo(200);
            assertThat(Http.anonymous().send("GET", base + "/v3/api-docs", null).status()).isEqualTo(200);
            assertThat(Http.as("analyst").send("GET", base + "/actuator/info", null).status()).isEqualTo(403);
            assertThat(Http.as("admin").send("GET", base + "/actuator/info", null).status()).isEqualTo(200);
        }
    }

    /** The access table of the README, restated independently of the applications' code. */
    private static boolean allowed(Endpoint endpoint, String role) {
        if (role.equals("ADMIN")) {
            return true;
        }
        String path = endpoint.path();
        boolean get = endpoint.method().equals("GET");
        if (endpoint.commandSide()) {
            if (path.startsWith("/api/service-policy")) {
                return get;
            }
            if (path.endsWith("/personal-data") && endpoint.method().equals("DELETE")) {
                return false;
            }
            return role.equals("CONSUMER");
        }
        if (path.startsWith("/api/audit")) {
            // an integrity check only reads the log: an auditor starts one
            boolean integrityCheck = endpoint.method().equals("POST") && path.equals("/api/audit/integrity/checks");
            return (get || integrityCheck) && role.equals("AUDITOR");
        }
        if (path.startsWith("/api/admin")) {
            return false;
        }
        return get && Set.of("ANALYST", "AUDITOR").contains(role);
    }

    private static List<Endpoint> published(String base, boolean commandSide) {
        JsonNode paths = Http.anonymous().send("GET", base + "/v3/api-docs", null).body().get("paths");
        List<Endpoint> endpoints = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fieldNames().forEachRemaining(method ->
                    endpoints.add(new Endpoint(base, commandSide, method.toUpperCase(), path.getKey())));
        }
        return endpoints;
    }
}
