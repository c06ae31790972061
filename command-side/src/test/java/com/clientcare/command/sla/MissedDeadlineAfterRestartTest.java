package com.clientcare.command.sla;

import com.clientcare.command.CommandSideApplication;
import com.clientcare.eventstore.InMemoryBsonBackend;
import com.clientcare.shared.client.ClientKind;
import com.clientcare.shared.client.ContactDetails;
import com.clientcare.shared.client.RegisterClientCommand;
import com.clientcare.shared.common.Channel;
import com.clientcare.shared.common.Money;
import com.clientcare.shared.complaint.ComplaintCategory;
import com.clientcare.shared.complaint.LogComplaintCommand;
import com.clientcare.shared.sla.ClockBreachedEvent;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * S7: a deadline that passes while the system is down is recorded on start-up, once, at its deadline; the
 * deadline lives in MongoDB, not in memory.
 */
class MissedDeadlineAfterRestartTest {

    private static final Instant T0 = Instant.parse("2026-06-01T10:00:00Z");
    private static final AtomicReference<Instant> NOW = new AtomicReference<>(T0);

    private final MongoServer mongo = new MongoServer(new InMemoryBsonBackend());
    private final String uri = "mongodb://localhost:" + mongo.bind().getPort();

    /** A clock the test moves by hand. */
    static class TestClock {
        @Bean
        @Primary
        Clock testClock() {
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return NOW.get();
                }
            };
        }
    }

    @AfterEach
    void stopMongo() {
        mongo.shutdownNow();
    }

    @Test
    void s7_a_deadline_missed_while_down_is_recorded_once_at_its_deadline_after_the_restart() throws Exception {
        Instant received = T0.minus(Duration.ofDays(28)).plus(Duration.ofHours(1));
        Instant deadline = T0.plus(Duration.ofHours(1));
        try (ConfigurableApplicationContext before = start()) {
            CommandGateway commands = before.getBean(CommandGateway.class);
            commands.sendAndWait(new RegisterClientCommand("c-1", "Acme", ClientKind.ORGANISATION,
                    new ContactDetails(null, null, null), Money.of("1", "USD"), "alice", List.of(), Map.of(),
                    received.minus(Duration.ofDays(1))));
            commands.sendAndWait(new LogComplaintCommand("k-1", "c-1", Channel.EMAIL, ComplaintCategory.SERVICE,
                    "slow", received, false));
            awaitDeadlineStored("S5:complaint:k-1:0");
            // S2 and S4 were due weeks ago and may be breached already; S5 is due after the restart
            assertThat(breaches(before)).noneMatch(breach -> breach.clockId().equals("S5:complaint:k-1:0"));
        }

        NOW.set(T0.plus(Duration.ofHours(5)));
        try (ConfigurableApplicationContext after = start()) {
            long waitUntil = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (breaches(after).stream().noneMatch(b -> b.clockId().equals("S5:complaint:k-1:0"))
                    && System.nanoTime() < waitUntil) {
                Thread.sleep(100);
            }
            after.getBean(DeadlineWatch.class).recordDueBreaches();
            after.getBean(DeadlineWatch.class).recordDueBreaches();

            List<ClockBreachedEvent> s5 = breaches(after).stream()
                    .filter(breach -> breach.clockId().equals("S5:complaint:k-1:0")).toList();
            assertThat(s5).hasSize(1);
            assertThat(s5.get(0).breachedAt()).isEqualTo(deadline);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(CommandSideApplication.class, TestClock.class)
                .profiles("local")
                .run("--clientcare.mongodb.uri=" + uri, "--clientcare.mongodb.host-embedded=false",
                        "--server.port=0", "--clientcare.sla.deadline-check-millis=200",
                        "--spring.main.allow-bean-definition-overriding=true");
    }

    private void awaitDeadlineStored(String clockId) throws InterruptedException {
        try (var client = MongoClients.create(uri)) {
            var deadlines = client.getDatabase("clientcare").getCollection("sla_deadlines");
            long waitUntil = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (deadlines.find(new org.bson.Document("_id", clockId)).first() == null) {
                if (System.nanoTime() > waitUntil) {
                    var all = new java.util.ArrayList<String>();
                    deadlines.find().forEach(d -> all.add(d.toJson()));
                    client.getDatabase("clientcare").getCollection("event_streams").find()
                            .forEach(d -> all.add(d.getString("_id")));
                    throw new AssertionError("deadline of " + clockId + " not stored; found " + all);
                }
                Thread.sleep(100);
            }
        }
    }

    private static List<ClockBreachedEvent> breaches(ConfigurableApplicationContext context) {
        EventStore store = context.getBean(EventStore.class);
        return List.of("S2:complaint:k-1:0", "S4:complaint:k-1:0", "S5:complaint:k-1:0").stream()
                .flatMap(clock -> store.readEvents(clock, 0).asStream())
                .map(event -> event.getPayload())
                .filter(ClockBreachedEvent.class::isInstance)
                .map(ClockBreachedEvent.class::cast)
                .toList();
    }
}
