package com.clientcare.query.audit;

import com.clientcare.query.infra.InMemoryMongo;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandSucceededEvent;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #16: a replay's comparison reads both read models in {@code _id} order through cursors, a batch at a time, and
 * still finds every difference, however deep in a collection, counting all and listing the first hundred.
 */
class ReadModelComparisonTest {

    private static final int DOCUMENTS = 1_200;

    private final InMemoryMongo mongo = new InMemoryMongo();
    private final AtomicInteger largestBatch = new AtomicInteger();
    private final AtomicInteger batches = new AtomicInteger();
    private final MongoClient client = MongoClients.create(MongoClientSettings.builder()
            .applyConnectionString(new ConnectionString(mongo.uri()))
            .addCommandListener(new CommandListener() {
                @Override
                public void commandSucceeded(CommandSucceededEvent event) {
                    BsonDocument cursor = event.getResponse().getDocument("cursor", null);
                    if (cursor != null) {
                        batches.incrementAndGet();
                        int size = cursor.getArray(cursor.containsKey("firstBatch") ? "firstBatch" : "nextBatch")
                                .size();
                        largestBatch.accumulateAndGet(size, Math::max);
                    }
                }
            })
            .build());
    private final MongoDatabase live = client.getDatabase("live");
    private final MongoDatabase rebuilt = client.getDatabase("rebuilt");

    @AfterEach
    void tearDown() {
        client.close();
        mongo.close();
    }

    @Test
    void a_difference_deep_in_a_collection_larger_than_one_cursor_batch_is_found() {
        live.getCollection("clients").insertMany(documents(DOCUMENTS, id -> new Document("tier", "GOLD")));
        rebuilt.getCollection("clients").insertMany(documents(DOCUMENTS,
                id -> new Document("tier", id == 1_100 ? "SILVER" : "GOLD")));

        ReadModelComparison comparison = ReadModelComparison.of(live, rebuilt);

        assertThat(comparison.count()).isEqualTo(1);
        assertThat(comparison.differences()).containsExactly(new ReplayReport.Difference("clients", id(1_100),
                "DIFFERENT", "fields differ: [tier]"));
        assertThat(comparison.compared()).isEqualTo(DOCUMENTS);
    }

    @Test
    void a_difference_the_live_model_had_only_while_it_moved_on_is_not_reported() throws Exception {
        live.getCollection("clients").insertOne(new Document("_id", "c1").append("tier", "GOLD"));
        rebuilt.getCollection("clients").insertOne(new Document("_id", "c1").append("tier", "GOLD"));
        // the live projection has already written the next event's change, which the replay has not read yet
        live.getCollection("clients").insertOne(new Document("_id", "c2").append("tier", "SILVER"));
        AtomicInteger attempts = new AtomicInteger();

        ReadModelComparison comparison = ReadModelComparison.settled(3, () -> {
            if (attempts.incrementAndGet() == 2) {
                rebuilt.getCollection("clients").insertOne(new Document("_id", "c2").append("tier", "SILVER"));
            }
            return ReadModelComparison.of(live, rebuilt);
        });

        assertThat(comparison.count()).isZero();
        assertThat(attempts).hasValue(2);
    }

    @Test
    void a_difference_that_stays_through_every_attempt_is_reported() throws Exception {
        live.getCollection("clients").insertOne(new Document("_id", "c1").append("tier", "GOLD"));
        rebuilt.getCollection("clients").insertOne(new Document("_id", "c1").append("tier", "SILVER"));
        AtomicInteger attempts = new AtomicInteger();

        ReadModelComparison comparison = ReadModelComparison.settled(3, () -> {
            attempts.incrementAndGet();
            return ReadModelComparison.of(live, rebuilt);
        });

        assertThat(comparison.differences()).containsExactly(new ReplayReport.Difference("clients", "c1",
                "DIFFERENT", "fields differ: [tier]"));
        assertThat(attempts).hasValue(3);
    }

    @Test
    void documents_only_one_side_holds_are_found_on_either_side_wherever_they_stand() {
        live.getCollection("clients").insertMany(documents(DOCUMENTS, id -> new Document("tier", "GOLD")));
        List<Document> rebuiltDocuments = documents(DOCUMENTS, id -> new Document("tier", "GOLD"));
        rebuiltDocuments.remove(950);
        rebuiltDocuments.add(new Document("_id", "zz-only-rebuilt").append("tier", "GOLD"));
        rebuilt.getCollection("clients").insertMany(rebuiltDocuments);

        ReadModelComparison comparison = ReadModelComparison.of(live, rebuilt);

        assertThat(comparison.differences()).extracting(ReplayReport.Difference::documentId,
                ReplayReport.Difference::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(id(950), "MISSING_IN_REBUILT"),
                org.assertj.core.groups.Tuple.tuple("zz-only-rebuilt", "MISSING_IN_LIVE"));
        assertThat(comparison.compared()).isEqualTo(DOCUMENTS + 1);
    }

    @Test
    void the_count_covers_every_difference_while_the_report_lists_the_first_hundred() {
        live.getCollection("clients").insertMany(documents(DOCUMENTS, id -> new Document("tier", "GOLD")));
        rebuilt.getCollection("clients").insertMany(documents(DOCUMENTS,
                id -> new Document("tier", id % 4 == 0 ? "SILVER" : "GOLD")));

        ReadModelComparison comparison = ReadModelComparison.of(live, rebuilt);

        assertThat(comparison.count()).isEqualTo(DOCUMENTS / 4);
        assertThat(comparison.differences()).hasSize(100);
        assertThat(comparison.differences().get(99).documentId()).isEqualTo(id(99 * 4));
    }

    @Test
    void the_store_hands_the_comparison_at_most_one_batch_of_each_side_at_a_time() {
        live.getCollection("clients").insertMany(documents(DOCUMENTS, id -> new Document("tier", "GOLD")));
        rebuilt.getCollection("clients").insertMany(documents(DOCUMENTS, id -> new Document("tier", "GOLD")));
        batches.set(0);
        largestBatch.set(0);

        ReadModelComparison.of(live, rebuilt);

        assertThat(largestBatch.get()).isLessThanOrEqualTo(ReadModelComparison.BATCH);
        assertThat(batches.get()).as("replies with documents, both sides")
                .isGreaterThanOrEqualTo(2 * DOCUMENTS / ReadModelComparison.BATCH);
    }

    @Test
    void a_key_list_compares_without_its_version_and_an_empty_directory_as_absent() {
        live.getCollection("clients_keys").insertMany(List.of(
                new Document("_id", "all|2026-01").append("e", List.of("a")).append("n", 1).append("v", 1),
                new Document("_id", "tier:GOLD").append("b", new Document())));
        rebuilt.getCollection("clients_keys").insertMany(List.of(
                new Document("_id", "all|2026-01").append("e", List.of("a")).append("n", 1).append("v", 2)));

        ReadModelComparison comparison = ReadModelComparison.of(live, rebuilt);

        assertThat(comparison.count()).isZero();
    }

    private static List<Document> documents(int count, java.util.function.IntFunction<Document> body) {
        List<Document> documents = new ArrayList<>();
        IntStream.range(0, count).forEach(i -> documents.add(body.apply(i).append("_id", id(i))));
        return documents;
    }

    private static String id(int i) {
        return String.format("client-%05d", i);
    }
}
