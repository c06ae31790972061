package com.clientcare.command;

import com.clientcare.shared.complaint.ComplaintEscalatedEvent;
import com.clientcare.shared.sla.ClockBreachedEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** K4 over HTTP: a breached complaint clock escalates the complaint, and the audit trail leads from one to the other. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "alice", roles = "CONSUMER")
class AutomaticEscalationTest extends EmbeddedStoreTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    MockMvc http;
    @Autowired
    EventStore eventStore;

    @Test
    void k4_an_automatic_escalation_names_the_breach_event_as_its_causation() throws Exception {
        Instant received = Instant.now().minus(Duration.ofDays(40));
        http.perform(post("/api/clients").contentType(MediaType.APPLICATION_JSON).content("""
                        {"id": "c-k4", "name": "Acme Ltd", "kind": "ORGANISATION", "accountManager": "alice",
                         "annualRevenue": {"amount": "250000", "currency": "USD"}, "registeredAt": "%s"}
                        """.formatted(received.minus(Duration.ofDays(1)))))
                .andExpect(status().isCreated());
        http.perform(post("/api/complaints").contentType(MediaType.APPLICATION_JSON).content("""
                        {"id": "k-k4", "clientId": "c-k4", "channel": "EMAIL", "category": "SERVICE",
                         "description": "slow", "receivedAt": "%s"}
                        """.formatted(received)))
                .andExpect(status().isCreated());

        DomainEventMessage<?> escalation = awaitEvent("k-k4", ComplaintEscalatedEvent.class);
        String clockId = ((ComplaintEscalatedEvent) escalation.getPayload()).causedByClock();
        DomainEventMessage<?> breach = awaitEvent(clockId, ClockBreachedEvent.class);

        assertThat(escalation.getMetaData().get("causationId")).isEqualTo(breach.getIdentifier());
        assertThat(breach.getMetaData().get("causationId")).isEqualTo(eventStore.readEvents(clockId).asStream()
                .findFirst().orElseThrow().getIdentifier());
        assertThat(escalation.getMetaData().get("correlationId")).isEqualTo(breach.getMetaData().get("correlationId"));
    }

    private DomainEventMessage<?> awaitEvent(String aggregateId, Class<?> type) throws InterruptedException {
        long until = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            List<? extends DomainEventMessage<?>> events = eventStore.readEvents(aggregateId).asStream().toList();
            Optional<? extends DomainEventMessage<?>> found = events.stream()
                    .filter(event -> type.isInstance(event.getPayload())).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() > until) {
                throw new AssertionError("no " + type.getSimpleName() + " in " + aggregateId + " within " + PATIENCE
                        + "; found " + events.stream().map(DomainEventMessage::getPayloadType).toList());
            }
            Thread.sleep(50);
        }
    }
}
