package com.clientcare.volume;

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

/** Reads from the query side as a named user: timed calls for the benchmark, JSON for finding what to read. */
final class ReadClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int GET_ATTEMPTS = 10;
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(3);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    ReadClient(URI base) {
        this.base = base;
    }

    /** The status of a GET and how long its whole answer took, in nanoseconds. */
    Timed time(String user, String path) throws InterruptedException {
        long started = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(get(user, path), HttpResponse.BodyHandlers.ofByteArray());
            return new Timed(response.statusCode(), System.nanoTime() - started);
        } catch (IOException e) {
            return new Timed(0, System.nanoTime() - started);
        }
    }

    /**
     * A GET's JSON answer. A 503 (the store busy past the query side's timeout, as while read models catch up at
     * volume) is asked again, a few times, a pause apart: a read changes nothing.
     */
    JsonNode json(String user, String path) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return exchange(get(user, path));
            } catch (Unavailable e) {
                if (attempt == GET_ATTEMPTS) {
                    throw e;
                }
                Thread.sleep(RETRY_PAUSE.toMillis());
            }
        }
    }

    JsonNode post(String user, String path, String body) throws InterruptedException {
        return exchange(builder(user, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private JsonNode exchange(HttpRequest request) throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 503) {
                throw new Unavailable(request.method() + " " + request.uri() + " answered 503: " + response.body());
            }
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest get(String user, String path) {
        return builder(user, path).GET().build();
    }

    private HttpRequest.Builder builder(String user, String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofMinutes(10))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        user.getBytes(StandardCharsets.UTF_8)));
    }

    record Timed(int status, long nanos) {
    }

    /** The query side could not answer in time; the same request may succeed later. */
    static final class Unavailable extends IllegalStateException {
        Unavailable(String message) {
            super(message);
        }
    }
}
