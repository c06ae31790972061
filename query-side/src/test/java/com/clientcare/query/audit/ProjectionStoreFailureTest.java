package com.clientcare.query.audit;

import com.clientcare.eventstore.processing.ProcessingConfiguration;
import com.clientcare.eventstore.processing.ProcessingFailures;
import com.clientcare.query.client.ClientSummaryProjection;
import com.clientcare.query.cluster.ProcessorSegments;
import com.clientcare.query.infra.InMemoryMongo;
import com.clientcare.shared.client.ClientKind;
import com.clientcare.shared.client.ClientRegisteredEvent;
import com.clientcare.shared.client.ContactDetails;
import com.clientcare.shared.client.NewsletterSubscriptionChangedEvent;
import com.clientcare.shared.client.RewardsClubMembershipChangedEvent;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.common.Channel;
import com.clientcare.shared.common.Money;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.MongoSocketReadException;
import com.mongodb.ServerAddress;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #12 item 6 on a real projection: the store's connection drops while client summaries are being
 * written, twice in a row, and once it is back the read model equals a fresh replay of the same events.
 */
class ProjectionStoreFailureTest {

    private static final Instant AT = Instant.parse("2026-03-02T09:15:00Z");
    private static final Set<String> WRITES = Set.of("insertOne", "insertMany", "replaceOne", "updateOne",
            "updateMany", "deleteOne", "deleteMany", "bulkWrite");

    private final InMemoryMongo mongo = new InMemoryMongo();
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
    private final AtomicInteger writes = new AtomicInteger();
    private final AtomicInteger dropped = new AtomicInteger();
    private Configuration axon;

    @AfterEach
    void stop() {
        if (axon != null) {
            axon.shutdown();
        }
        mongo.close();
    }

    @Test
    void a_read_model_whose_store_connection_drops_mid_batch_ends_equal_to_a_fresh_replay() throws Exception {
        // the third and fourth writes are lost with the connection: the third event's, and its first retry's
        assertCatchesUpAfterLosing(Set.of(3, 4), false);
    }

    /**
     * Batched as the application runs it: one batch writes every document, then the key lists; the connection
     * drops at the batch's first key-list write and its retry, after its documents went out. The retried batch must
     * still write the lists (#16).
     */
    @Test
    void a_batch_whose_key_lists_are_lost_after_its_documents_went_out_ends_equal_to_a_fresh_replay()
            throws Exception {
        assertCatchesUpAfterLosing(Set.of(2, 3), true);
    }

    private void assertCatchesUpAfterLosing(Set<Integer> lost, boolean batched) throws Exception {
        List<EventMessage<?>> events = List.of(registered("c-1"), registered("c-2"),
                        new RewardsClubMembershipChangedEvent("c-1", true, AT),
                        new NewsletterSubscriptionChangedEvent("c-2", true, AT),
                        new RewardsClubMembershipChangedEvent("c-1", false, AT.plusSeconds(60)))
                .stream().<EventMessage<?>>map(GenericEventMessage::asEventMessage).toList();
        AnnotationEventHandlerAdapter replay = new AnnotationEventHandlerAdapter(
                new ClientSummaryProjection(mongo.database("replay"), mapper));
        for (EventMessage<?> event : events) {
            replay.handle(event);
        }

        InMemoryEventStorageEngine log = new InMemoryEventStorageEngine();
        if (batched) {
            // in the log before the processor starts, so that they make one batch
            log.appendEvents(events);
        }
        start(new ClientSummaryProjection(droppingWrites(mongo.database("live"), lost), mapper), log, batched);
        if (!batched) {
            axon.eventBus().publish(events);
        }

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!ReadModelComparison.of(mongo.database("live"), mongo.database("replay")).differences().isEmpty()) {
            assertThat(Instant.now()).as("the live read model caught up before the deadline").isBefore(deadline);
            Thread.onSpinWait();
        }
        assertThat(dropped.get()).isEqualTo(2);
    }

    private void start(ClientSummaryProjection projection, InMemoryEventStorageEngine log, boolean batched) {
        Configurer configurer = DefaultConfigurer.defaultConfiguration().configureEmbeddedEventStore(c -> log);
        configurer.eventProcessing().registerTrackingEventProcessor(ClientSummaryProjection.NAME)
                .registerEventHandler(c -> projection);
        if (batched) {
            ProcessorSegments.configure(configurer.eventProcessing(), 1, Duration.ofMillis(100), 100);
        }
        ProcessingConfiguration.configure(configurer, new ProcessingFailures(Clock.systemUTC(), null));
        axon = configurer.start();
    }

    /** The database, except that the write calls numbered in {@code lost} fail as on a dropped connection. */
    private MongoDatabase droppingWrites(MongoDatabase database, Set<Integer> lost) {
        return proxy(MongoDatabase.class, (proxy, method, args) -> {
            Object result = invoke(database, method, args);
            if (!(result instanceof MongoCollection<?> collection)) {
                return result;
            }
            return proxy(MongoCollection.class, (p, call, callArgs) -> {
                if (WRITES.contains(call.getName()) && lost.contains(writes.incrementAndGet())) {
                    dropped.incrementAndGet();
                    throw new MongoSocketReadException("connection lost", new ServerAddress());
                }
                return invoke(collection, call, callArgs);
            });
        });
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, handler));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static ClientRegisteredEvent registered(String id) {
        return new ClientRegisteredEvent(id, "Acme " + id, ClientKind.ORGANISATION,
                new ContactDetails("ops@acme.example", null, null), Money.of("250000", "USD"), Tier.SILVER,
                Tier.SILVER.engagementLevel(), "alice", List.of(Channel.EMAIL), Map.of(Channel.EMAIL, true), AT);
    }
}
