package com.clientcare.volume;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * Sends generated commands to the command side over HTTP, as any API consumer would. A busy or briefly unavailable
 * system (429, 503, a refused connection) is waited for and asked again; any other answer is the caller's to judge.
 */
final class CommandClient {

    private static final int ATTEMPTS = 8;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final Map<Request.User, String> authorisations;

    CommandClient(URI base, Map<Request.User, String> credentials) {
        this.base = base;
        this.authorisations = Map.of(
                Request.User.CONSUMER, basic(credentials.get(Request.User.CONSUMER)),
                Request.User.ADMIN, basic(credentials.get(Request.User.ADMIN)));
    }

    /** The final answer to {@code request}: its status and body. */
    Answer send(Request request) throws InterruptedException {
        HttpRequest http = HttpRequest.newBuilder(base.resolve(request.path()))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", authorisations.get(request.user()))
                .header("Content-Type", "application/json")
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json(request.body())))
                .build();
        Answer answer = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            answer = exchange(http);
            if (!answer.busy()) {
                return answer;
            }
            Thread.sleep(Math.min(5_000, 100L << attempt));
        }
        return answer;
    }

    private Answer exchange(HttpRequest request) throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Answer(0, e.toString());
        }
    }

    private static String json(Map<String, Object> body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    /** An HTTP answer; status 0 when no answer came (the connection failed). */
    record Answer(int status, String body) {

        boolean accepted() {
            return status >= 200 && status < 300;
        }

        boolean busy() {
            return status == 0 || status == 429 || status == 502 || status == 503 || status == 504;
        }
    }
}
