package com.clientcare.eventstore;

import com.clientcare.eventstore.commitlog.CommitLogStorageEngine;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An append acknowledged by the engine on the embedded store (H2 file) survives the process being killed at once
 * (kill -9): every acknowledged event is in its aggregate and in the gap-free global order after a restart.
 */
class EmbeddedStoreDurabilityTest {

    private static final int ACKNOWLEDGED = 300;

    @TempDir
    Path dataDirectory;

    /**
     * With fsync, the same holds (what fsync adds, surviving a power cut, no test here can show). With checkpoints
     * every second the kill lands between two of them, so the writes since the last one come back from the journal;
     * with no checkpoint before the kill, every write does.
     */
    @ParameterizedTest(name = "fsync {0}, checkpoint every {1}")
    @CsvSource({"false, PT1S", "true, PT1S", "false, PT1H"})
    void acknowledged_appends_survive_a_kill_9(boolean fsync, String checkpointEvery) throws Exception {
        int port = freePort();
        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), DurabilityProbe.class.getName(),
                dataDirectory.toString(), String.valueOf(port), String.valueOf(fsync), checkpointEvery)
                .redirectErrorStream(true)
                .start();
        Map<String, Long> acknowledged = new HashMap<>();
        int acknowledgements = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(probe.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while (acknowledgements < ACKNOWLEDGED && (line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    String[] ack = line.split(" ");
                    acknowledged.put(ack[1], Long.parseLong(ack[2]));
                    acknowledgements++;
                }
            }
            probe.destroyForcibly();
        }
        assertThat(probe.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(acknowledgements).isEqualTo(ACKNOWLEDGED);

        int restartPort = freePort();
        try (EmbeddedMongoServer restarted = EmbeddedMongoServer.start(MongoConnectionProperties.EmbeddedBackend.H2,
                dataDirectory, restartPort, fsync);
             MongoClient client = MongoClients.create("mongodb://localhost:" + restartPort)) {
            CommitLogStorageEngine engine = DurabilityProbe.engine(client);
            List<? extends TrackedEventMessage<?>> log = engine.readEvents(null, false).toList();
            assertThat(log).extracting(event -> event.trackingToken().position().getAsLong())
                    .containsExactlyElementsOf(LongStream.range(0, log.size()).boxed().toList());
            acknowledged.forEach((aggregate, last) -> {
                assertThat(engine.readEvents(aggregate).asStream().map(DomainEventMessage::getSequenceNumber))
                        .as(aggregate).startsWith(LongStream.rangeClosed(0, last).boxed().toArray(Long[]::new));
                assertThat(log).as("the global log holds %s up to %d", aggregate, last)
                        .anyMatch(event -> event instanceof DomainEventMessage<?> domain
                                && domain.getAggregateIdentifier().equals(aggregate)
                                && domain.getSequenceNumber() == last);
            });
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
