package com.clientcare.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * A small JSON-over-HTTP client for the tests. The static methods call as the local profile's {@code admin};
 * {@link #as(String)} calls as another local user ({@code consumer}, {@code analyst}, ...), {@link #anonymous()}
 * without credentials.
 */
final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Http ADMIN = as("admin");

    record Response(int status, String contentType, String location, String text, JsonNode body, String etag) {
    }

    private final String authorization;

    private Http(String authorization) {
        this.authorization = authorization;
    }

    /** A local user of the local profile; its password is "<name>-local". */
    static Http as(String user) {
        String credentials = user + ":" + user + "-local";
        return new Http("Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    static Http anonymous() {
        return new Http(null);
    }

    static Response post(String url, String json) {
        return ADMIN.send("POST", url, json);
    }

    static Response put(String url, String json) {
        return ADMIN.send("PUT", url, json);
    }

    static Response delete(String url, String json) {
        return ADMIN.send("DELETE", url, json);
    }

    static Response get(String url) {
        return ADMIN.send("GET", url, null);
    }

    Response send(String method, String url, String json) {
        return send(method, url, json, json == null ? Map.of() : Map.of("Content-Type", "application/json"));
    }

    /** With exactly the given headers besides the credentials: for requests that are wrong on purpose. */
    Response send(String method, String url, String content, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .method(method, content == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(content));
        headers.forEach(request::header);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            return new Response(response.statusCode(), contentType,
                    response.headers().firstValue("Location").orElse(null), body,
                    body == null || body.isBlank() || !contentType.contains("json") ? JSON.nullNode()
                            : JSON.readTree(body),
                    response.headers().firstValue("ETag").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
