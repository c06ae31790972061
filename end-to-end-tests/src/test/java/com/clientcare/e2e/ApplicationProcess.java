package com.clientcare.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One of the applications, started from its runnable jar as its own JVM, exactly as run.sh starts it. */
final class ApplicationProcess implements AutoCloseable {

    /** Two applications start at once on 2 shared cores: measured 95 s each at a load average of 33. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final String name;
    private final Path jar;
    private final Map<String, String> environment;
    private final int port;
    private Process process;

    ApplicationProcess(String name, String jarProperty, int port, Map<String, String> environment) {
        this.name = name;
        this.jar = Path.of(System.getProperty(jarProperty, "missing system property " + jarProperty));
        this.port = port;
        this.environment = environment;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    ApplicationProcess start() {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(name + " jar not built: " + jar);
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Waits until the application is alive (its liveness probe; the store it needs may not be up yet). */
    ApplicationProcess awaitHealthy() {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/liveness"))
                .timeout(Duration.ofSeconds(2)).build();
        Eventually.within(START_TIMEOUT, name + " to answer /actuator/health/liveness (log: " + logFile() + ")",
                () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + logFile());
            }
            try {
                return http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
        return this;
    }

    /** SIGTERM, as Ctrl-C in run.sh sends: the application shuts down gracefully. */
    void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            waitForExit();
        }
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Path logFile() {
        return Path.of("target", name + ".log").toAbsolutePath();
    }

    @Override
    public void close() {
        stop();
    }
}
