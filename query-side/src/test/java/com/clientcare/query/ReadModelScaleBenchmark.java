package com.clientcare.query;

import com.clientcare.query.client.ClientInteractionsProjection;
import com.clientcare.query.client.ClientSummaryProjection;
import com.clientcare.query.client.PurchaseHistoryProjection;
import com.clientcare.query.complaint.ComplaintsProjection;
import com.clientcare.query.infra.KeysWritten;
import com.clientcare.query.infra.ReadModelBatch;
import com.clientcare.query.marketing.MarketingResponseProjection;
import com.clientcare.query.satisfaction.ReportingPeriods;
import com.clientcare.query.satisfaction.SatisfactionProjection;
import com.clientcare.query.satisfaction.SatisfactionTrends;
import com.clientcare.query.sla.ServiceLevelProjection;
import com.clientcare.shared.client.ClientKind;
import com.clientcare.shared.client.ClientRegisteredEvent;
import com.clientcare.shared.client.ContactDetails;
import com.clientcare.shared.client.Direction;
import com.clientcare.shared.client.FeedbackContext;
import com.clientcare.shared.client.FeedbackReceivedEvent;
import com.clientcare.shared.client.FindClientInteractionsQuery;
import com.clientcare.shared.client.FindClientQuery;
import com.clientcare.shared.client.FindClientsQuery;
import com.clientcare.shared.client.InteractionPurpose;
import com.clientcare.shared.client.InteractionRecordedEvent;
import com.clientcare.shared.client.MarketingMessageSentEvent;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.client.TransactionRecordedEvent;
import com.clientcare.shared.common.Channel;
import com.clientcare.shared.common.Money;
import com.clientcare.shared.satisfaction.FindSatisfactionTrendsQuery;
import com.clientcare.shared.satisfaction.Granularity;
import com.clientcare.shared.sla.ClockBreachedEvent;
import com.clientcare.shared.sla.ClockMetEvent;
import com.clientcare.shared.sla.ClockStartedEvent;
import com.clientcare.shared.sla.ServiceLevelRule;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import com.clientcare.eventstore.EmbeddedMongoServer;
import com.clientcare.eventstore.MongoConnectionProperties;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Measures the read models on the embedded store as the command side hosts it (H2 file, journal, checkpoints), not
 * a test: {@code java -Xmx512m -cp <test classpath> com.clientcare.query.ReadModelScaleBenchmark [replayClients
 * [through]]} ({@code through}: the replay writes event by event, as the live processors and a reset do; 0
 * clients: reads only).
 * <ol>
 *   <li>Replay: a generated history of {@code replayClients} clients (9 events each: registration, 3
 *   interactions, a purchase, a survey answer, a clock started and stopped or breached, a marketing message) is
 *   handed to each projection the way a replay does (every event offered, those it handles applied, writes sent
 *   in bulk every 500 events); events/s per projection and for all of them one after another.</li>
 *   <li>Reads: client-summary filled with 10,000 then 100,000 registrations; p50/p99 of a first, a middle and a
 *   last page of {@code GET /api/clients}, of {@code ?tier=GOLD}, of one client; and, for comparison, what
 *   every list did before: all documents of the filter read (a scan on this store) and sorted in the JVM.</li>
 * </ol>
 */
public final class ReadModelScaleBenchmark {

    private static final Instant START = Instant.parse("2024-01-01T09:00:00Z");
    private static final Tier[] TIERS = Tier.values();
    private static final int SAMPLES = 200;

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
    private final ReportingPeriods periods = new ReportingPeriods(ZoneId.of("Europe/London"));
    private final Random random = new Random(16);

    public static void main(String[] args) throws Exception {
        int replayClients = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        boolean bulk = args.length < 2 || !"through".equals(args[1]);
        Path directory = Files.createTempDirectory("read-model-benchmark");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        EmbeddedMongoServer server = EmbeddedMongoServer.start(MongoConnectionProperties.EmbeddedBackend.H2,
                directory, port, false);
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + port)) {
            ReadModelScaleBenchmark benchmark = new ReadModelScaleBenchmark();
            if (replayClients > 0) {
                benchmark.replay(client.getDatabase("replay"), replayClients, bulk);
            }
            benchmark.reads(client.getDatabase("reads"));
        } finally {
            server.close();
            try (var files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** A generated history of that many clients, 9 events each, the same for the same number. */
    public static List<EventMessage<?>> history(int clients) {
        ReadModelScaleBenchmark generator = new ReadModelScaleBenchmark();
        List<EventMessage<?>> history = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            generator.clientHistory(i).forEach(event -> history.add(GenericEventMessage.asEventMessage(event)));
        }
        return history;
    }

    /** Every projection this benchmark measures, writing into {@code database}, by processing group. */
    public static Map<String, Object> projections(MongoDatabase database) {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        ReportingPeriods periods = new ReportingPeriods(ZoneId.of("Europe/London"));
        Map<String, Object> projections = new LinkedHashMap<>();
        projections.put(ClientSummaryProjection.NAME, new ClientSummaryProjection(database, mapper));
        projections.put(ClientInteractionsProjection.NAME, new ClientInteractionsProjection(database, mapper));
        projections.put(PurchaseHistoryProjection.NAME, new PurchaseHistoryProjection(database, mapper));
        projections.put(SatisfactionProjection.NAME,
                new SatisfactionProjection(database, mapper, new SatisfactionTrends(periods)));
        projections.put(ServiceLevelProjection.NAME, new ServiceLevelProjection(database, mapper, periods));
        projections.put(ComplaintsProjection.NAME, new ComplaintsProjection(database, mapper, periods));
        projections.put(MarketingResponseProjection.NAME, new MarketingResponseProjection(database, mapper));
        return projections;
    }

    private void replay(MongoDatabase database, int clients, boolean bulk) {
        List<EventMessage<?>> history = history(clients);
        Map<String, Object> projections = projections(database);
        KeysWritten written = new KeysWritten();
        System.out.printf(Locale.ROOT, "replay of %,d events (%,d clients), %s%n", history.size(), clients,
                bulk ? "bulk writes every 500 events" : "written through");
        long allNanos = 0;
        for (Map.Entry<String, Object> projection : projections.entrySet()) {
            AnnotationEventHandlerAdapter handler = new AnnotationEventHandlerAdapter(projection.getValue());
            long started = System.nanoTime();
            // bulk: as ProjectionReplays does, writes sent every 500 events; through: as the live processors do
            ReadModelBatch batch = bulk ? ReadModelBatch.open(written) : null;
            try {
                int handled = 0;
                for (EventMessage<?> event : history) {
                    if (handler.canHandle(event)) {
                        handler.handle(event);
                    }
                    if (bulk && ++handled % 500 == 0) {
                        batch.flush();
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                if (bulk) {
                    batch.close();
                }
            }
            long nanos = System.nanoTime() - started;
            allNanos += nanos;
            System.out.printf(Locale.ROOT, "  %-22s %,10.0f events/s%n", projection.getKey(),
                    history.size() / (nanos / 1e9));
        }
        System.out.printf(Locale.ROOT, "  %-22s %,10.0f events/s%n", "all, one after another",
                history.size() * projections.size() / (allNanos / 1e9));
        ClientInteractionsProjection interactions = (ClientInteractionsProjection) projections
                .get(ClientInteractionsProjection.NAME);
        SatisfactionProjection satisfaction = (SatisfactionProjection) projections.get(SatisfactionProjection.NAME);
        ServiceLevelProjection serviceLevels = (ServiceLevelProjection) projections.get(ServiceLevelProjection.NAME);
        measure("  a client's interactions", () ->
                interactions.handle(new FindClientInteractionsQuery("c-7", null, null, null, null, 0, 100)));
        measure("  trends by month", () ->
                satisfaction.handle(new FindSatisfactionTrendsQuery(Granularity.MONTH, null, null, null, null)));
        measure("  trends by quarter, GOLD", () ->
                satisfaction.handle(new FindSatisfactionTrendsQuery(Granularity.QUARTER, null, null, Tier.GOLD, null)));
        measure("  compliance", serviceLevels::compliance);
        measure("  breaches, first page", () -> serviceLevels.breaches(null, null, null, null, 0, 100));
    }

    private void reads(MongoDatabase database) {
        ClientSummaryProjection summaries = new ClientSummaryProjection(database, mapper);
        AnnotationEventHandlerAdapter handler = new AnnotationEventHandlerAdapter(summaries);
        int registered = 0;
        for (int target : new int[] {10_000, 100_000}) {
            long started = System.nanoTime();
            // filled as a replay writes, in bulk, or 100,000 registrations would take the better part of an hour
            try (ReadModelBatch batch = ReadModelBatch.open(new KeysWritten())) {
                for (; registered < target; registered++) {
                    handler.handle(GenericEventMessage.asEventMessage(registration(registered)));
                    if (registered % 1000 == 999) {
                        batch.flush();
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            System.out.printf(Locale.ROOT, "client-summary with %,d clients (filled at %,.0f registrations/s)%n",
                    target, (target - (target == 10_000 ? 0 : 10_000)) / ((System.nanoTime() - started) / 1e9));
            int pages = target / 100;
            measure("  GET /api/clients page 0", () -> summaries.handle(new FindClientsQuery(null, 0, 100)));
            measure("  GET /api/clients middle page", () -> summaries.handle(new FindClientsQuery(null, pages / 2, 100)));
            measure("  GET /api/clients last page", () -> summaries.handle(new FindClientsQuery(null, pages - 1, 100)));
            measure("  GET /api/clients?tier=GOLD page 0",
                    () -> summaries.handle(new FindClientsQuery(Tier.GOLD, 0, 100)));
            measure("  GET /api/clients/{id}", () -> summaries.handle(new FindClientQuery("c-" + random.nextInt(target))));
            // what every list did before: all documents of the filter into the JVM (a scan here), then sorted
            measure("  before #16: all tier=GOLD, sorted", () -> database.getCollection("client_summaries")
                    .find(Filters.eq("tier", "GOLD")).into(new ArrayList<>()).stream()
                    .sorted(Comparator.comparing(document -> document.getString("registeredAt"))).toList(), 20);
        }
    }

    private static void measure(String what, Supplier<?> read) {
        measure(what, read, SAMPLES);
    }

    private static void measure(String what, Supplier<?> read, int samples) {
        for (int i = 0; i < 5; i++) {
            read.get();
        }
        long[] nanos = new long[samples];
        for (int i = 0; i < samples; i++) {
            long started = System.nanoTime();
            read.get();
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-40s p50 %7.2f ms  p99 %7.2f ms%n", what, nanos[samples / 2] / 1e6,
                nanos[(int) Math.ceil(samples * 0.99) - 1] / 1e6);
    }

    private List<Object> clientHistory(int i) {
        String clientId = "c-" + i;
        Tier tier = TIERS[i % TIERS.length];
        Instant at = START.plus(Duration.ofMinutes(i * 7L));
        String clock = "S1:interaction:" + clientId + ":i-0";
        List<Object> events = new ArrayList<>(List.of(registration(i)));
        for (int n = 0; n < 3; n++) {
            events.add(new InteractionRecordedEvent(clientId, clientId + "-i-" + n, Channel.EMAIL, Direction.INBOUND,
                    InteractionPurpose.ENQUIRY, null, "alice", "about fees", at.plus(Duration.ofDays(n)), tier));
        }
        events.add(new TransactionRecordedEvent(clientId, clientId + "-t", Money.of("120.00", "USD"), "fees",
                at.plus(Duration.ofDays(4))));
        events.add(new FeedbackReceivedEvent(clientId, clientId + "-f", 1 + random.nextInt(5), random.nextInt(11),
                random.nextBoolean() ? "fine" : null, FeedbackContext.PERIODIC, at.plus(Duration.ofDays(5)), tier,
                i % 2 == 0 ? "alice" : "bob"));
        Instant deadline = at.plus(Duration.ofHours(8));
        events.add(new ClockStartedEvent(clock, ServiceLevelRule.S1, clientId + "-i-0", clientId, null, tier, at,
                deadline, deadline.minus(Duration.ofHours(2)), 1));
        events.add(i % 10 == 0
                ? new ClockBreachedEvent(clock, ServiceLevelRule.S1, clientId + "-i-0", clientId, null, tier, deadline,
                deadline)
                : new ClockMetEvent(clock, ServiceLevelRule.S1, clientId + "-i-1", at.plus(Duration.ofHours(1))));
        events.add(new MarketingMessageSentEvent(clientId, clientId + "-m", "spring-" + (i % 4), Channel.EMAIL,
                at.plus(Duration.ofDays(6))));
        return events;
    }

    private static ClientRegisteredEvent registration(int i) {
        Tier tier = TIERS[i % TIERS.length];
        return new ClientRegisteredEvent("c-" + i, "Client " + i, ClientKind.ORGANISATION,
                new ContactDetails("ops" + i + "@example.com", null, null), Money.of("250000.00", "USD"), tier,
                tier.engagementLevel(), "alice", List.of(Channel.EMAIL), Map.of(Channel.EMAIL, true),
                START.plus(Duration.ofMinutes(i * 7L)));
    }
}
