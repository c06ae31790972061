package com.clientcare.query.cluster;

import com.clientcare.query.infra.InMemoryMongo;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * A reset with several query-side instances (#19 item 2): the processor pauses everywhere, and its tokens are
 * reset (the read model cleared) only once no other instance holds one of its segments.
 */
class CoordinatedResetTest {

    private static final String PROCESSOR = "client-summary";
    private static final String OTHER = "4242@elsewhere";
    private static final Duration POLL = Duration.ofMillis(100);

    private final InMemoryMongo mongo = new InMemoryMongo();
    private final MongoDatabase database = mongo.database("test");
    private final MongoCollection<Document> tokens = database.getCollection("trackingtokens");
    private final ProcessorPauses pauses = new ProcessorPauses(database);
    // a claim lapses after a second here; the patient reset waits long enough for the test to act meanwhile
    private final CoordinatedReset resets = new CoordinatedReset(pauses, claims(Duration.ofSeconds(1)), POLL);
    private final CoordinatedReset patientReset = new CoordinatedReset(pauses, claims(Duration.ofSeconds(30)), POLL);
    private final StreamingEventProcessor processor = mock(StreamingEventProcessor.class);

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void a_reset_waits_until_no_other_instance_holds_a_segment_then_rebuilds_and_lifts_the_pause() throws Exception {
        claimedByOther(0, Instant.now().plusSeconds(3600));
        CompletableFuture<Void> reset = CompletableFuture.runAsync(() -> patientReset.reset(PROCESSOR, processor));
        awaitPause();

        verify(processor, never()).resetTokens();
        tokens.updateOne(Filters.eq("segment", 0), Updates.set("owner", null));
        reset.get();

        InOrder order = inOrder(processor);
        order.verify(processor).shutDown();
        order.verify(processor).resetTokens();
        order.verify(processor).start();
        assertThat(database.getCollection("cluster_processor_pauses").countDocuments()).isZero();
    }

    @Test
    void a_dead_instances_segments_do_not_hold_a_reset_up_once_their_claims_lapse() {
        claimedByOther(0, Instant.now().minusSeconds(5));

        resets.reset(PROCESSOR, processor);

        verify(processor).resetTokens();
    }

    @Test
    void a_segment_another_instance_keeps_holding_means_nothing_is_reset_and_503() {
        claimedByOther(0, Instant.now().plusSeconds(3600));

        assertThatThrownBy(() -> resets.reset(PROCESSOR, processor))
                .isInstanceOf(CoordinatedReset.StillClaimed.class)
                .hasMessageContaining("503");

        verify(processor, never()).resetTokens();
        verify(processor).start();
        assertThat(database.getCollection("cluster_processor_pauses").countDocuments()).isZero();
    }

    @Test
    void another_instance_stops_its_part_while_paused_and_starts_it_again_when_the_pause_is_lifted() {
        MongoCollection<Document> pauseDocuments = database.getCollection("cluster_processor_pauses");
        pauseDocuments.insertOne(new Document("_id", PROCESSOR).append("by", OTHER)
                .append("until", Date.from(Instant.now().plusSeconds(60))));
        when(processor.isRunning()).thenReturn(true);

        pauses.follow(PROCESSOR, processor);
        verify(processor).shutDown();

        pauseDocuments.deleteOne(Filters.eq("_id", PROCESSOR));
        when(processor.isRunning()).thenReturn(false);
        pauses.follow(PROCESSOR, processor);
        verify(processor).start();
    }

    private void claimedByOther(int segment, Instant claimedAt) {
        tokens.insertOne(new Document("processorName", PROCESSOR).append("segment", segment)
                .append("owner", OTHER).append("timestamp", claimedAt.toEpochMilli()));
    }

    private TokenClaims claims(Duration claimTimeout) {
        return new TokenClaims(DefaultMongoTemplate.builder().mongoDatabase(database).build(),
                JacksonSerializer.defaultSerializer(), claimTimeout);
    }

    /** Polls, with a deadline, until the reset running on another thread has paused the processor. */
    private void awaitPause() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (database.getCollection("cluster_processor_pauses").countDocuments() == 0) {
            assertThat(System.nanoTime()).as("the pause within 10 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
