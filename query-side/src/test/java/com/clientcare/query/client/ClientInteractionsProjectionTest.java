package com.clientcare.query.client;

import com.clientcare.query.infra.InMemoryMongo;
import com.clientcare.shared.client.Direction;
import com.clientcare.shared.client.FindClientInteractionsQuery;
import com.clientcare.shared.client.InteractionPurpose;
import com.clientcare.shared.client.InteractionRecordedEvent;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.common.Channel;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ClientInteractionsProjectionTest {

    private InMemoryMongo mongo;
    private ClientInteractionsProjection projection;

    @BeforeEach
    void setUp() {
        mongo = new InMemoryMongo();
        projection = new ClientInteractionsProjection(mongo.database("test"),
                new ObjectMapper().registerModule(new JavaTimeModule()));
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void the_history_of_a_client_is_oldest_first_by_when_it_happened_not_when_it_was_recorded() {
        projection.on(interaction("c-1", "i-late", "2026-03-02T10:00:00Z"));
        projection.on(interaction("c-1", "i-early", "2026-03-02T09:00:00.5Z"));
        projection.on(interaction("c-1", "i-earliest", "2026-03-02T09:00:00Z"));
        projection.on(interaction("c-2", "i-other", "2026-03-01T00:00:00Z"));

        assertThat(projection.handle(new FindClientInteractionsQuery("c-1")))
                .extracting(InteractionView::id)
                .containsExactly("i-earliest", "i-early", "i-late");
    }

    @Test
    void an_interaction_keeps_its_details() {
        projection.on(interaction("c-1", "i-1", "2026-03-02T10:00:00Z"));

        InteractionView view = projection.handle(new FindClientInteractionsQuery("c-1")).get(0);
        assertThat(view.channel()).isEqualTo(Channel.EMAIL);
        assertThat(view.direction()).isEqualTo(Direction.INBOUND);
        assertThat(view.purpose()).isEqualTo(InteractionPurpose.ENQUIRY);
        assertThat(view.handledBy()).isEqualTo("alice");
        assertThat(view.summary()).isEqualTo("summary of i-1");
    }

    @Test
    void replaying_an_interaction_does_not_duplicate_it_and_a_reset_empties_the_history() {
        InteractionRecordedEvent event = interaction("c-1", "i-1", "2026-03-02T10:00:00Z");
        projection.on(event);
        projection.on(event);
        assertThat(projection.handle(new FindClientInteractionsQuery("c-1"))).hasSize(1);

        projection.reset();
        assertThat(projection.handle(new FindClientInteractionsQuery("c-1"))).isEmpty();
    }

    private static InteractionRecordedEvent interaction(String clientId, String id, String at) {
        return new InteractionRecordedEvent(clientId, id, Channel.EMAIL, Direction.INBOUND, InteractionPurpose.ENQUIRY,
                null, "alice", "summary of " + id, Instant.parse(at), Tier.GOLD);
    }
}
