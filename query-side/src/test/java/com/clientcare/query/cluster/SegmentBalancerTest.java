package com.clientcare.query.cluster;

import com.clientcare.query.infra.InMemoryMongo;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Query-side work shared (#19 item 2): an instance holding more than its share of segments gives the rest up. */
class SegmentBalancerTest {

    private static final String PROCESSOR = "client-summary";

    private final InMemoryMongo mongo = new InMemoryMongo();
    private final MongoDatabase database = mongo.database("test");
    private final TokenClaims claims = new TokenClaims(DefaultMongoTemplate.builder().mongoDatabase(database).build(),
            JacksonSerializer.defaultSerializer(), Duration.ofSeconds(10));
    private final TrackingEventProcessor processor = mock(TrackingEventProcessor.class);
    private final SegmentBalancer balancer;

    SegmentBalancerTest() {
        EventProcessingConfiguration processing = mock(EventProcessingConfiguration.class);
        when(processing.eventProcessors()).thenReturn(Map.<String, EventProcessor>of(PROCESSOR, processor));
        balancer = new SegmentBalancer(processing, new QuerySideMembers(database, claims),
                new ProcessorPauses(database), claims, Duration.ofSeconds(1), Duration.ofSeconds(2));
        IntStream.range(0, 4).forEach(segment -> database.getCollection("trackingtokens").insertOne(
                new Document("processorName", PROCESSOR).append("segment", segment)
                        .append("timestamp", Instant.now().toEpochMilli())));
        when(processor.isRunning()).thenReturn(true);
        when(processor.processingStatus()).thenReturn(IntStream.range(0, 4).boxed()
                .collect(Collectors.toMap(segment -> segment, segment -> mock(EventTrackerStatus.class))));
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void alone_an_instance_keeps_every_segment() {
        balancer.round();

        verify(processor, never()).releaseSegment(anyInt(), anyLong(), eq(TimeUnit.MILLISECONDS));
    }

    @Test
    void with_a_second_live_instance_it_gives_up_the_segments_beyond_its_half() {
        anotherInstanceSeen(Instant.now());

        balancer.round();

        verify(processor).releaseSegment(2, 4000, TimeUnit.MILLISECONDS);
        verify(processor).releaseSegment(3, 4000, TimeUnit.MILLISECONDS);
        verify(processor, never()).releaseSegment(eq(0), anyLong(), eq(TimeUnit.MILLISECONDS));
        verify(processor, never()).releaseSegment(eq(1), anyLong(), eq(TimeUnit.MILLISECONDS));
    }

    @Test
    void an_instance_not_heard_of_for_a_claim_timeout_counts_as_gone() {
        anotherInstanceSeen(Instant.now().minusSeconds(30));

        balancer.round();

        verify(processor, never()).releaseSegment(anyInt(), anyLong(), eq(TimeUnit.MILLISECONDS));
    }

    private void anotherInstanceSeen(Instant at) {
        database.getCollection("cluster_members").insertOne(new Document("_id", "4242@elsewhere")
                .append("role", "query-side").append("seenAt", Date.from(at)));
    }
}
