package com.clientcare.command;

import com.clientcare.command.client.Client;
import com.clientcare.shared.client.ClientKind;
import com.clientcare.shared.client.ClientRegisteredEvent;
import com.clientcare.shared.client.ContactDetails;
import com.clientcare.shared.client.Direction;
import com.clientcare.shared.client.InteractionPurpose;
import com.clientcare.shared.client.InteractionRecordedEvent;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.common.Channel;
import com.clientcare.shared.common.Money;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A measurement, not a test (#16; run it by name: {@code -Dtest=ClientAtVolumeMeasurement}): a client's sealed
 * snapshot after 1,000 and 10,000 interactions, and the time of an interaction command over HTTP on a client with
 * 10,000 (a new one, a retry of an old one), with the command side's own cache, snapshots and store. Prints, asserts
 * nothing; written against the HTTP API only, so that it measures a build before a change of the client the same way.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "admin", roles = "ADMIN")
class ClientAtVolumeMeasurement extends EmbeddedStoreTest {

    private static final String CLIENT = "volume-client";
    private static final Instant REGISTERED = Instant.parse("2025-01-02T09:00:00Z");
    private static final int SAMPLES = 50;

    @Autowired
    MockMvc http;
    @Autowired
    EventStorageEngine storageEngine;
    @Autowired
    Snapshotter snapshotter;

    @Test
    void measure() throws Exception {
        recordEnquiries(0, 1_000);
        long afterThousand = snapshotBytes(1_000);
        recordEnquiries(1_001, 10_000);
        long afterTenThousand = snapshotBytes(10_000);
        System.out.printf("sealed snapshot: %,d bytes after 1,000 interactions, %,d after 10,000%n", afterThousand,
                afterTenThousand);

        warmUp();
        System.out.printf("first command, a new interaction (client loaded from its snapshot): %.1f ms%n",
                millis(() -> interaction(CLIENT, "n-0", 10_001)));
        System.out.printf("first retry of an interaction 9,990 back: %.1f ms%n", millis(() -> interaction(CLIENT, "i-10", 10)));
        double[] fresh = new double[SAMPLES];
        double[] retried = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            int n = i + 1;
            fresh[i] = millis(() -> interaction(CLIENT, "n-" + n, 10_001 + n));
            retried[i] = millis(() -> interaction(CLIENT, "i-" + (20 + n), 20 + n));
        }
        System.out.printf("new interaction, %d in turn with retries: median %.1f ms, max %.1f ms%n", SAMPLES,
                median(fresh), Arrays.stream(fresh).max().orElseThrow());
        System.out.printf("retry of an old interaction, %d: median %.1f ms, max %.1f ms%n", SAMPLES, median(retried),
                Arrays.stream(retried).max().orElseThrow());
    }

    private interface Request {
        void send() throws Exception;
    }

    private static double millis(Request request) throws Exception {
        long start = System.nanoTime();
        request.send();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /**
     * Interaction i-n at minute n after the registration (a retry of i-n states the same fact); outbound and of no
     * purpose that starts or stops a service-level clock, so that no clock work runs beside the measurement.
     */
    private void interaction(String clientId, String id, int minute) throws Exception {
        String summary = id.startsWith("i-") ? "question " + id.substring(2) : "question " + id;
        http.perform(post("/api/clients/" + clientId + "/interactions").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"id": "%s", "channel": "EMAIL", "direction": "OUTBOUND", "purpose": "OTHER",
                                 "handledBy": "alice", "summary": "%s", "occurredAt": "%s"}
                                """.formatted(id, summary, REGISTERED.plusSeconds(60L * minute))))
                .andExpect(status().isCreated());
    }

    /**
     * The same requests on another client first, so that the timed ones find the code compiled and the command
     * side's processors done with the stored interactions (none of which starts a clock).
     */
    private void warmUp() throws Exception {
        http.perform(post("/api/clients").contentType(MediaType.APPLICATION_JSON).content("""
                {"id": "warm-up", "name": "Warm Up", "kind": "INDIVIDUAL", "accountManager": "alice",
                 "annualRevenue": {"amount": "1", "currency": "USD"}, "registeredAt": "%s"}
                """.formatted(REGISTERED))).andExpect(status().isCreated());
        for (int n = 1; n <= 200; n++) {
            interaction("warm-up", "w-" + n, n);
            interaction("warm-up", "w-" + n, n);
        }
    }

    /** Stores the registration (at 0) and interactions i-from to i-to as events, as if recorded one by one. */
    private void recordEnquiries(int from, int to) {
        List<DomainEventMessage<?>> batch = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            Object event = n == 0
                    ? new ClientRegisteredEvent(CLIENT, "Volume Client Ltd", ClientKind.ORGANISATION,
                    new ContactDetails("ops@volume.example", null, null), Money.of("2000000", "USD"), Tier.PLATINUM,
                    Tier.PLATINUM.engagementLevel(), "alice", List.of(Channel.EMAIL), Map.of(Channel.EMAIL, true),
                    REGISTERED)
                    : new InteractionRecordedEvent(CLIENT, "i-" + n, Channel.EMAIL, Direction.OUTBOUND,
                    InteractionPurpose.OTHER, null, "alice", "question " + n, REGISTERED.plusSeconds(60L * n),
                    Tier.PLATINUM);
            batch.add(new GenericDomainEventMessage<>("Client", CLIENT, n, event));
            if (batch.size() == 500 || n == to) {
                storageEngine.appendEvents(batch);
                batch.clear();
            }
        }
    }

    private long snapshotBytes(long sequence) {
        snapshotter.scheduleSnapshot(Client.class, CLIENT);
        try (MongoClient client = MongoClients.create(uri())) {
            Document snapshot = client.getDatabase("clientcare").getCollection("snapshots")
                    .find(Filters.eq("_id", CLIENT)).first();
            if (snapshot == null || snapshot.getLong("sequence") != sequence) {
                throw new IllegalStateException("no snapshot at " + sequence + ": " + snapshot);
            }
            return snapshot.get("event", Document.class).toJson().getBytes(StandardCharsets.UTF_8).length;
        }
    }
}
