package com.clientcare.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of both OpenAPI documents, sent malformed on purpose (issue #12): broken and nested-too-deep
 * JSON, duplicate keys, arrays for objects, nulls for required fields, wrong types, huge strings and control
 * characters, 40-digit numbers, invalid ids, dates and enum values, wrong {@code Accept} and
 * {@code Content-Type}. Each must answer 4xx problem+json (never 5xx) and record nothing: no event in the log
 * carries the correlation id of a fuzzed request, and the log's head is where it was.
 */
class MalformedRequestFuzzIT {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String FUZZ = "fuzz-" + UUID.randomUUID() + "-";
    private static final String CLIENT = "fz-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String COMPLAINT = CLIENT + "-k";
    private static final String HUGE = "x".repeat(70_000);
    private static final String CONTROL = "a\u0000b\u0007c\u001b[2J";
    private static final int SENDERS = 4;
    /** Malformations that say nothing new about a field's type: tried on the first field they fit, not on all. */
    private static final Set<String> ONCE_PER_OPERATION =
            Set.of("null", "object for a string", "control characters");
    private static final BigInteger FORTY_DIGITS = new BigInteger("1234567890123456789012345678901234567890");

    private static SharedSystem system;

    /** One malformed request; {@code headers} besides the credentials and the correlation id. */
    private record Variant(String method, String url, String body, Map<String, String> headers, String what) {
    }

    @BeforeAll
    static void startSystem() {
        system = SharedSystem.get();
        assertThat(Http.post(system.command("/api/clients"), ClientJourneyIT.clientJson(CLIENT, "250000", "USD"))
                .status()).isEqualTo(201);
        assertThat(Http.post(system.command("/api/complaints"), """
                {"id": "%s", "clientId": "%s", "channel": "EMAIL", "category": "SERVICE", "description": "late"}
                """.formatted(COMPLAINT, CLIENT)).status()).isEqualTo(201);
        // the complaint starts its S2, S4 and S5 clocks asynchronously: wait, so that the log's head is still
        Eventually.within(Duration.ofSeconds(60), "the complaint's three clocks", () ->
                Http.get(system.query("/api/sla/clocks?complaintId=" + COMPLAINT)).body().size() == 3);
    }

    @Test
    void every_malformed_variant_of_every_operation_is_4xx_problem_json_and_records_nothing() {
        long headBefore = head();
        List<Variant> variants = new ArrayList<>();
        variants.addAll(variantsOf(system.commandSide.baseUrl()));
        variants.addAll(variantsOf(system.querySide.baseUrl()));
        assertThat(variants.size()).isGreaterThan(400);

        // a few at a time: most of a request's cost is checking the caller's bcrypt password
        ForkJoinPool senders = new ForkJoinPool(SENDERS);
        long started = System.nanoTime();
        List<String> wrong = senders.submit(() -> IntStream.range(0, variants.size()).parallel()
                .mapToObj(i -> verdict(variants.get(i), i))
                .flatMap(Optional::stream)
                .toList()).join();
        senders.shutdown();
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(wrong).as(wrong.size() + " of " + variants.size() + " variants, sent in " + took).isEmpty();
        assertThat(recordedByFuzz(headBefore)).isEmpty();
        assertThat(head()).isEqualTo(headBefore);
    }

    /** What is wrong with the answer to a variant, if anything. */
    private static Optional<String> verdict(Variant variant, int number) {
        Map<String, String> headers = new LinkedHashMap<>(variant.headers());
        headers.put("X-Correlation-Id", FUZZ + number);
        Http.Response response = Http.as("admin").send(variant.method(), variant.url(), variant.body(), headers);
        if (response.status() >= 400 && response.status() < 500
                && response.contentType().startsWith("application/problem+json")) {
            return Optional.empty();
        }
        return Optional.of(variant.method() + " " + variant.url().replaceFirst("^http://[^/]+", "") + " ["
                + variant.what() + "] -> " + response.status() + " " + response.contentType());
    }

    private static List<Variant> variantsOf(String base) {
        JsonNode api = Http.anonymous().send("GET", base + "/v3/api-docs", null).body();
        List<Variant> variants = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = api.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                variants.addAll(variantsOf(api, base, op.getKey().toUpperCase(), path.getKey(), op.getValue()));
            }
        }
        return variants;
    }

    private static List<Variant> variantsOf(JsonNode api, String base, String method, String path, JsonNode op) {
        List<Variant> variants = new ArrayList<>();
        String url = base + withIds(path, null);
        JsonNode bodySchema = op.at("/requestBody/content/application~1json/schema");
        String validish = bodySchema.isMissingNode() ? null : example(api, bodySchema, "", 0).toString();
        Map<String, String> json = Map.of("Content-Type", "application/json");

        variants.add(new Variant(method, url, validish, withAccept(validish == null ? Map.of() : json),
                "Accept: application/xml"));
        if (path.contains("{")) {
            variants.add(new Variant(method, base + withIds(path, "bad$id!" + HUGE.substring(0, 70)),
                    validish, validish == null ? Map.of() : json, "invalid id"));
        }
        for (JsonNode parameter : op.path("parameters")) {
            if (parameter.path("in").asText().equals("query")) {
                for (String bad : badQueryValues(api, parameter.get("schema"))) {
                    variants.add(new Variant(method, url + "?" + parameter.get("name").asText() + "="
                            + URLEncoder.encode(bad, StandardCharsets.UTF_8), null, Map.of(),
                            "query " + parameter.get("name").asText() + "=" + abbreviated(bad)));
                }
            }
        }
        if (validish == null) {
            return variants;
        }
        boolean required = op.at("/requestBody/required").asBoolean(false);
        variants.add(new Variant(method, url, validish, Map.of("Content-Type", "text/plain"), "Content-Type"));
        variants.add(new Variant(method, url, "{\"a\": ", json, "malformed JSON"));
        variants.add(new Variant(method, url, "[".repeat(5000) + "]".repeat(5000), json, "deep nesting"));
        variants.add(new Variant(method, url, "[" + validish + "]", json, "array for the object"));
        if (required) {
            variants.add(new Variant(method, url, "null", json, "null body"));
        }
        if (example(api, bodySchema, "", 0) instanceof ObjectNode object && object.size() > 0) {
            String first = object.fieldNames().next();
            String duplicated = "{\"" + first + "\": " + object.get(first) + ", " + validish.substring(1);
            variants.add(new Variant(method, url, duplicated, json, "duplicate key " + first));
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (object.get(name).isTextual()) {
                    variants.add(new Variant(method, url, object.deepCopy().put(name, HUGE).toString(), json,
                            "huge " + name));
                    break;
                }
            }
        }
        Set<String> tried = new HashSet<>();
        forEachField(api, bodySchema, "", 0, field -> {
            for (Map.Entry<String, JsonNode> bad : field.badValues().entrySet()) {
                if (ONCE_PER_OPERATION.contains(bad.getKey()) && !tried.add(bad.getKey())) {
                    continue;
                }
                ObjectNode mutated = (ObjectNode) example(api, bodySchema, "", 0);
                set(mutated, field.path(), bad.getValue());
                variants.add(new Variant(method, url, mutated.toString(), json, field.path() + " " + bad.getKey()));
            }
        });
        return variants;
    }

    /** A body field and the malformed values to try in it. */
    private record Field(String path, Map<String, JsonNode> badValues) {
    }

    private static void forEachField(JsonNode api, JsonNode schema, String prefix, int depth, Consumer<Field> each) {
        JsonNode resolved = resolve(api, schema);
        if (depth > 1 || !resolved.has("properties")) {
            return;
        }
        List<String> required = new ArrayList<>();
        resolved.path("required").forEach(name -> required.add(name.asText()));
        for (Iterator<Map.Entry<String, JsonNode>> it = resolved.get("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            String path = prefix + property.getKey();
            JsonNode type = resolve(api, property.getValue());
            each.accept(new Field(path, badValues(property.getKey(), type, required.contains(property.getKey()))));
            forEachField(api, type, path + ".", depth + 1, each);
        }
    }

    private static Map<String, JsonNode> badValues(String name, JsonNode type, boolean required) {
        Map<String, JsonNode> bad = new LinkedHashMap<>();
        if (required) {
            bad.put("null", NODES.nullNode());
        }
        switch (type.path("type").asText("object")) {
            case "string" -> {
                bad.put("object for a string", NODES.objectNode().put("nested", 1));
                if (type.has("enum")) {
                    bad.put("unknown enum value", NODES.textNode("NOT_A_VALUE"));
                } else if (type.has("format")) {
                    bad.put("invalid " + type.get("format").asText(), NODES.textNode("2026-13-45T25:61:00Z"));
                } else if (name.equals("id") || name.endsWith("Id") || name.equals("currency")) {
                    bad.put("invalid id", NODES.textNode("bad$id!"));
                } else {
                    bad.put("control characters", NODES.textNode(CONTROL));
                }
            }
            case "integer", "number" -> {
                bad.put("text for a number", NODES.textNode("not-a-number"));
                bad.put("40-digit number", NODES.numberNode(FORTY_DIGITS));
            }
            case "boolean" -> bad.put("text for a boolean", NODES.textNode("maybe"));
            case "array" -> bad.put("object for an array", NODES.objectNode().put("not", "an array"));
            default -> bad.put("array for an object", NODES.arrayNode().add("an").add("array"));
        }
        return bad;
    }

    private static List<String> badQueryValues(JsonNode api, JsonNode schema) {
        JsonNode type = resolve(api, schema);
        if (type.has("enum")) {
            return List.of("NOT_A_VALUE");
        }
        return switch (type.path("type").asText()) {
            case "integer", "number" -> List.of("not-a-number", FORTY_DIGITS.toString());
            case "boolean" -> List.of("maybe");
            case "string" -> type.has("format") ? List.of("notadate") : List.of();
            default -> List.of();
        };
    }

    /** A body of the right shape, its values plausible: what each malformed variant departs from. */
    private static JsonNode example(JsonNode api, JsonNode schema, String name, int depth) {
        JsonNode type = resolve(api, schema);
        if (type.has("enum")) {
            return type.get("enum").get(0);
        }
        switch (type.path("type").asText("object")) {
            case "string":
                return NODES.textNode(switch (type.path("format").asText()) {
                    case "date-time" -> "2026-01-05T09:00:00Z";
                    case "date" -> "2026-12-31";
                    default -> name.equals("currency") ? "USD" : name.equals("clientId") ? CLIENT : "fz";
                });
            case "integer":
            case "number":
                return NODES.numberNode(1);
            case "boolean":
                return NODES.booleanNode(true);
            case "array":
                ArrayNode array = NODES.arrayNode();
                if (depth < 3) {
                    array.add(example(api, type.path("items"), name, depth + 1));
                }
                return array;
            default:
                ObjectNode object = NODES.objectNode();
                if (depth < 3 && type.has("properties")) {
                    type.get("properties").fields().forEachRemaining(property -> object.set(property.getKey(),
                            example(api, property.getValue(), property.getKey(), depth + 1)));
                }
                return object;
        }
    }

    private static JsonNode resolve(JsonNode api, JsonNode schema) {
        if (schema == null) {
            return NODES.objectNode();
        }
        if (schema.has("$ref")) {
            return resolve(api, api.at(schema.get("$ref").asText().substring(1)));
        }
        if (schema.has("allOf") && schema.get("allOf").size() == 1) {
            return resolve(api, schema.get("allOf").get(0));
        }
        return schema;
    }

    private static void set(ObjectNode body, String path, JsonNode value) {
        String[] names = path.split("\\.");
        ObjectNode node = body;
        for (int i = 0; i < names.length - 1; i++) {
            JsonNode child = node.get(names[i]);
            if (!(child instanceof ObjectNode object)) {
                return;
            }
            node = object;
        }
        node.set(names[names.length - 1], value);
    }

    /** Real ids in the path, so that only the malformed part can be refused; or {@code id} for every one. */
    private static String withIds(String path, String id) {
        String complaintOrOther = path.startsWith("/api/complaints") ? COMPLAINT : "fz";
        return path
                .replace("{clientId}", id == null ? CLIENT : id)
                .replace("{complaintId}", id == null ? COMPLAINT : id)
                .replace("{aggregateId}", id == null ? CLIENT : id)
                .replace("{projection}", id == null ? "client-summary" : id)
                .replace("{id}", id == null ? complaintOrOther : id)
                .replaceAll("\\{[^}]+}", Matcher.quoteReplacement(id == null ? "fz" : id));
    }

    private static Map<String, String> withAccept(Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Accept", "application/xml");
        return all;
    }

    private static String abbreviated(String value) {
        return value.length() > 20 ? value.substring(0, 20) + "..." : value;
    }

    private static long head() {
        JsonNode projections = Http.get(system.query("/api/admin/projections")).body();
        return projections.get(0).get("head").asLong();
    }

    /** Events after {@code head} caused by a fuzzed request (their correlation id says so). */
    private static List<String> recordedByFuzz(long head) {
        List<String> recorded = new ArrayList<>();
        long after = head;
        while (true) {
            JsonNode page = Http.get(system.query("/api/audit/events?limit=1000&after=" + after)).body();
            for (JsonNode event : page) {
                if (event.get("metadata").get("correlationId").asText().startsWith(FUZZ)) {
                    recorded.add(event.get("type").asText() + " " + event.get("aggregateId").asText());
                }
                after = event.get("globalIndex").asLong();
            }
            if (page.size() < 1000) {
                return recorded;
            }
        }
    }
}
