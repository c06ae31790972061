package com.clientcare.web.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * What we promise of an application's {@code /v3/api-docs}, checked on the document itself over whatever
 * operations it lists: each finding names an operation ({@code "POST /api/clients: ..."}); none is the promise
 * kept. The applications' {@code ApiDescriptionTest}s assert that each list is empty.
 */
public final class ApiDescriptionCheck {

    private static final Set<String> CHANGES = Set.of("post", "put", "patch", "delete");
    private static final Set<String> METHODS = Set.of("get", "head", "options", "trace", "post", "put", "patch",
            "delete");

    /** One operation of the document: its method (lower case, as in the document), path and description. */
    private record Operation(String method, String path, JsonNode node) {
    }

    private final JsonNode api;

    public ApiDescriptionCheck(JsonNode api) {
        this.api = api;
    }

    /** Operations not under exactly one of the document's declared domain tags (springdoc's are class names). */
    public List<String> operationsNotUnderOneDomainTag() {
        List<String> declared = new ArrayList<>();
        api.path("tags").forEach(tag -> declared.add(tag.path("name").asText()));
        return findings((operation, finding) -> {
            JsonNode tags = operation.node().path("tags");
            if (tags.size() != 1 || !declared.contains(tags.get(0).asText())) {
                finding.accept("tags " + tags);
            }
        });
    }

    /** Operations that do not require one of the document's security schemes. */
    public List<String> operationsWithoutSecurity() {
        JsonNode schemes = api.at("/components/securitySchemes");
        return findings((operation, finding) -> {
            boolean required = false;
            for (JsonNode requirement : operation.node().path("security")) {
                for (Iterator<String> names = requirement.fieldNames(); names.hasNext(); ) {
                    required |= schemes.has(names.next());
                }
            }
            if (!required) {
                finding.accept("no security requirement");
            }
        });
    }

    /**
     * Error answers an operation can give but does not document as problem+json with the ProblemDetail schema:
     * 401, 403 and 503 always; 400 with parameters or a body; 404 with an id in the path; 409 for a change; 413
     * with a body; 422 for a change where {@code businessRules}.
     */
    public List<String> undocumentedErrorAnswers(boolean businessRules) {
        return findings((operation, finding) -> {
            boolean body = operation.node().has("requestBody");
            boolean change = CHANGES.contains(operation.method());
            List<String> expected = new ArrayList<>(List.of("401", "403", "503"));
            if (body || operation.node().path("parameters").size() > 0) {
                expected.add("400");
            }
            if (operation.path().contains("{")) {
                expected.add("404");
            }
            if (change) {
                expected.add("409");
            }
            if (body) {
                expected.add("413");
            }
            if (change && businessRules) {
                expected.add("422");
            }
            for (String status : expected) {
                JsonNode schema = operation.node().path("responses").path(status).path("content")
                        .path("application/problem+json").path("schema");
                if (!schema.path("$ref").asText().equals("#/components/schemas/ProblemDetail")
                        || api.at("/components/schemas/ProblemDetail").isMissingNode()) {
                    finding.accept(status + " is not documented as a ProblemDetail");
                }
            }
        });
    }

    /** Operations with a JSON request body but no example of it. */
    public List<String> bodiesWithoutExample() {
        return findings((operation, finding) -> {
            JsonNode media = operation.node().at("/requestBody/content/application~1json");
            if (!media.isMissingNode() && !media.has("example")) {
                finding.accept("no example body");
            }
        });
    }

    /** Example bodies with a field their schema does not have, or without a field it requires. */
    public List<String> examplesUnlikeTheirSchema() {
        return findings((operation, finding) -> {
            JsonNode media = operation.node().at("/requestBody/content/application~1json");
            JsonNode schema = resolve(media.path("schema"));
            JsonNode example = media.path("example");
            if (!example.isObject() || !schema.has("properties")) {
                return;
            }
            example.fieldNames().forEachRemaining(name -> {
                if (!schema.path("properties").has(name)) {
                    finding.accept("example field " + name + " is not in the schema");
                }
            });
            schema.path("required").forEach(name -> {
                if (!example.has(name.asText())) {
                    finding.accept("example lacks required field " + name.asText());
                }
            });
        });
    }

    /** Paths the document lists outside {@code /api/}. */
    public List<String> pathsOutsideTheApi() {
        List<String> outside = new ArrayList<>();
        api.path("paths").fieldNames().forEachRemaining(path -> {
            if (!path.startsWith("/api/")) {
                outside.add(path);
            }
        });
        return outside;
    }

    private JsonNode resolve(JsonNode schema) {
        return schema.has("$ref") ? api.at(schema.get("$ref").asText().substring(1)) : schema;
    }

    /** Runs a check on each operation; each finding it gives is prefixed with the operation's method and path. */
    private List<String> findings(BiConsumer<Operation, Consumer<String>> check) {
        List<String> findings = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(entry -> {
                if (METHODS.contains(entry.getKey())) {
                    Operation operation = new Operation(entry.getKey(), path.getKey(), entry.getValue());
                    check.accept(operation, text -> findings.add(operation.method().toUpperCase() + " "
                            + operation.path() + ": " + text));
                }
            });
        }
        return findings;
    }
}
