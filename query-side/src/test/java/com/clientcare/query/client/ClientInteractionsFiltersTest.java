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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A client's interaction history (C5) by purpose and by time (#15), each time filter from both sides. */
class ClientInteractionsFiltersTest {

    private static final Instant MARCH_2 = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant MARCH_3 = Instant.parse("2026-03-03T10:00:00Z");

    private InMemoryMongo mongo;
    private ClientInteractionsProjection projection;

    @BeforeEach
    void setUp() {
        mongo = new InMemoryMongo();
        projection = new ClientInteractionsProjection(mongo.database("test"),
                new ObjectMapper().registerModule(new JavaTimeModule()));
        projection.on(interaction("i-1", InteractionPurpose.ENQUIRY, null, MARCH_2));
        projection.on(interaction("i-2", InteractionPurpose.RESPONSE, "i-1", MARCH_3));
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void c5_the_history_by_purpose_lists_only_that_purpose() {
        assertThat(ids(new FindClientInteractionsQuery("c-1", null, InteractionPurpose.RESPONSE, null, null, 0, 10)))
                .containsExactly("i-2");
    }

    @Test
    void c5_the_first_page_of_the_history_holds_the_oldest_and_the_total_counts_all() {
        InteractionPage first = projection.handle(new FindClientInteractionsQuery("c-1", null, null, null, null, 0, 1));

        assertThat(first.interactions()).extracting(InteractionView::id).containsExactly("i-1");
        assertThat(first.total()).isEqualTo(2);
    }

    @Test
    void c5_the_last_page_of_the_history_holds_the_newest() {
        assertThat(ids(new FindClientInteractionsQuery("c-1", null, null, null, null, 1, 1))).containsExactly("i-2");
    }

    @Test
    void c5_the_history_from_an_instant_includes_what_happened_then() {
        assertThat(ids(new FindClientInteractionsQuery("c-1", null, null, MARCH_3, null, 0, 10)))
                .containsExactly("i-2");
    }

    @Test
    void c5_the_history_up_to_an_instant_leaves_what_happened_then_out() {
        assertThat(ids(new FindClientInteractionsQuery("c-1", null, null, null, MARCH_3, 0, 10)))
                .containsExactly("i-1");
    }

    private List<String> ids(FindClientInteractionsQuery query) {
        return projection.handle(query).interactions().stream().map(InteractionView::id).toList();
    }

    private static InteractionRecordedEvent interaction(String id, InteractionPurpose purpose, String inReplyTo,
                                                        Instant at) {
        return new InteractionRecordedEvent("c-1", id, Channel.EMAIL, Direction.INBOUND, purpose, inReplyTo, "alice",
                "about fees", at, Tier.GOLD);
    }
}
