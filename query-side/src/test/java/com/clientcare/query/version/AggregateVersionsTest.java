package com.clientcare.query.version;

import com.clientcare.query.infra.InMemoryMongo;
import com.clientcare.shared.client.RewardsClubMembershipChangedEvent;
import com.clientcare.shared.complaint.ComplaintAcknowledgedEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The version served as ETag (#19 item 1): the sequence number of the last event seen of a client or complaint. */
class AggregateVersionsTest {

    private static final Instant AT = Instant.parse("2026-03-02T09:15:00Z");

    private final InMemoryMongo mongo = new InMemoryMongo();
    private final AggregateVersions versions = new AggregateVersions(mongo.database("test"), new ObjectMapper());
    private final AnnotationEventHandlerAdapter handler = new AnnotationEventHandlerAdapter(versions);

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void a_clients_version_is_the_sequence_number_of_its_last_event() throws Exception {
        clientEvent("c-1", 0);
        clientEvent("c-1", 1);
        clientEvent("c-2", 0);

        assertThat(versions.of("c-1")).contains(1L);
        assertThat(versions.of("c-2")).contains(0L);
        assertThat(versions.of("c-3")).isEmpty();
    }

    @Test
    void a_complaints_version_is_kept_apart_from_its_clients() throws Exception {
        clientEvent("c-1", 4);
        handler.handle(new GenericDomainEventMessage<>("Complaint", "k-1", 2,
                new ComplaintAcknowledgedEvent("k-1", AT, "procedure", true)));

        assertThat(versions.of("k-1")).contains(2L);
        assertThat(versions.of("c-1")).contains(4L);
    }

    @Test
    void an_event_handled_again_never_moves_a_version_back() throws Exception {
        clientEvent("c-1", 0);
        clientEvent("c-1", 1);
        clientEvent("c-1", 0);

        assertThat(versions.of("c-1")).contains(1L);
    }

    @Test
    void a_reset_forgets_every_version_before_the_replay() throws Exception {
        clientEvent("c-1", 3);

        handler.prepareReset(null);

        assertThat(versions.of("c-1")).isEmpty();
    }

    private void clientEvent(String clientId, long sequence) throws Exception {
        handler.handle(new GenericDomainEventMessage<>("Client", clientId, sequence,
                new RewardsClubMembershipChangedEvent(clientId, true, AT)));
    }
}
