package com.clientcare.query.client;

import com.clientcare.query.infra.InMemoryMongo;
import com.clientcare.shared.client.Direction;
import com.clientcare.shared.client.FindClientInteractionsQuery;
import com.clientcare.shared.client.InteractionPurpose;
import com.clientcare.shared.client.InteractionRecordedEvent;
import com.clientcare.shared.client.PersonalDataErasedEvent;
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
        projection.on(interaction("c-1", "i-late", Channel.EMAIL, "2026-03-02T10:00:00Z"));
        projection.on(interaction("c-1", "i-early", Channel.EMAIL, "2026-03-02T09:00:00.5Z"));
        projection.on(interaction("c-1", "i-earliest", Channel.EMAIL, "2026-03-02T09:00:00Z"));
        projection.on(interaction("c-2", "i-other", Channel.EMAIL, "2026-03-01T00:00:00Z"));

        assertThat(all("c-1").interactions()).extracting(InteractionView::id)
                .containsExactly("i-earliest", "i-early", "i-late");
    }

    @Test
    void an_interaction_keeps_its_details() {
        projection.on(interaction("c-1", "i-1", Channel.EMAIL, "2026-03-02T10:00:00Z"));

        InteractionView view = all("c-1").interactions().get(0);
        assertThat(view.channel()).isEqualTo(Channel.EMAIL);
        assertThat(view.direction()).isEqualTo(Direction.INBOUND);
        assertThat(view.purpose()).isEqualTo(InteractionPurpose.ENQUIRY);
        assertThat(view.handledBy()).isEqualTo("alice");
        assertThat(view.summary()).isEqualTo("summary of i-1");
    }

    @Test
    void the_history_filters_by_channel_and_time_and_pages_with_the_total() {
        projection.on(interaction("c-1", "i-1", Channel.EMAIL, "2026-03-01T10:00:00Z"));
        projection.on(interaction("c-1", "i-2", Channel.PHONE, "2026-03-02T10:00:00Z"));
        projection.on(interaction("c-1", "i-3", Channel.EMAIL, "2026-03-03T10:00:00Z"));
        projection.on(interaction("c-1", "i-4", Channel.EMAIL, "2026-03-04T10:00:00Z"));

        InteractionPage emails = projection.handle(new FindClientInteractionsQuery("c-1", Channel.EMAIL, null,
                Instant.parse("2026-03-01T10:00:00Z"), Instant.parse("2026-03-04T10:00:00Z"), 0, 100));
        assertThat(emails.interactions()).extracting(InteractionView::id).containsExactly("i-1", "i-3");

        InteractionPage secondPage = projection.handle(new FindClientInteractionsQuery("c-1", null, null, null, null,
                1, 3));
        assertThat(secondPage.total()).isEqualTo(4);
        assertThat(secondPage.interactions()).extracting(InteractionView::id).containsExactly("i-4");
    }

    @Test
    void c8_erasure_blanks_what_the_client_said_and_keeps_the_rest() {
        projection.on(interaction("c-1", "i-1", Channel.EMAIL, "2026-03-02T10:00:00Z"));
        projection.on(interaction("c-2", "i-2", Channel.EMAIL, "2026-03-02T10:00:00Z"));

        projection.on(new PersonalDataErasedEvent("c-1", "request", Instant.parse("2026-04-01T00:00:00Z")));

        InteractionView erased = all("c-1").interactions().get(0);
        assertThat(erased.summary()).isEqualTo("[erased]");
        assertThat(erased.handledBy()).isEqualTo("alice");
        assertThat(erased.occurredAt()).isEqualTo(Instant.parse("2026-03-02T10:00:00Z"));
        assertThat(all("c-2").interactions().get(0).summary()).isEqualTo("summary of i-2");
    }

    @Test
    void replaying_an_interaction_does_not_duplicate_it_and_a_reset_empties_the_history() {
        InteractionRecordedEvent event = interaction("c-1", "i-1", Channel.EMAIL, "2026-03-02T10:00:00Z");
        projection.on(event);
        projection.on(event);
        assertThat(all("c-1").total()).isEqualTo(1);

        projection.reset();
        assertThat(all("c-1").total()).isZero();
    }

    private InteractionPage all(String clientId) {
        return projection.handle(new FindClientInteractionsQuery(clientId, null, null, null, null, 0, 100));
    }

    private static InteractionRecordedEvent interaction(String clientId, String id, Channel channel, String at) {
        return new InteractionRecordedEvent(clientId, id, channel, Direction.INBOUND, InteractionPurpose.ENQUIRY,
                null, "alice", "summary of " + id, Instant.parse(at), Tier.GOLD);
    }
}
