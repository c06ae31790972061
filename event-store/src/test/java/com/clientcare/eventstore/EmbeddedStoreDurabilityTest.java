package com.clientcare.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A write acknowledged by the embedded store (H2 file) survives the process being killed at once (kill -9). */
class EmbeddedStoreDurabilityTest {

    private static final int ACKNOWLEDGED = 300;

    @TempDir
    Path dataDirectory;

    @Test
    void acknowledged_writes_survive_a_kill_9() throws Exception {
        int port = freePort();
        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), DurabilityProbe.class.getName(),
                dataDirectory.toString(), String.valueOf(port))
                .redirectErrorStream(true)
                .start();
        int lastAcknowledged = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(probe.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while (lastAcknowledged < ACKNOWLEDGED - 1 && (line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    lastAcknowledged = Integer.parseInt(line.substring(4));
                }
            }
            probe.destroyForcibly();
        }
        assertThat(probe.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(lastAcknowledged).isEqualTo(ACKNOWLEDGED - 1);

        int restartPort = freePort();
        try (EmbeddedMongoServer restarted = EmbeddedMongoServer.start(MongoConnectionProperties.EmbeddedBackend.H2,
                dataDirectory, restartPort);
             MongoClient client = MongoClients.create("mongodb://localhost:" + restartPort)) {
            long stored = client.getDatabase("durability").getCollection("writes").countDocuments();
            assertThat(stored).isGreaterThanOrEqualTo(ACKNOWLEDGED);
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
