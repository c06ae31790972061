package com.clientcare.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A query naming an exact {@code _id} and further conditions, on the embedded H2 store: the document of that id
 * answers only when it meets every condition (a compare-and-set of a read model's key-list bucket, #16).
 */
class EmbeddedStoreQueryTest {

    @TempDir
    Path dataDirectory;

    private EmbeddedMongoServer server;
    private MongoClient client;
    private MongoCollection<Document> buckets;

    @BeforeEach
    void start() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        server = EmbeddedMongoServer.start(MongoConnectionProperties.EmbeddedBackend.H2, dataDirectory, port, false);
        client = MongoClients.create("mongodb://localhost:" + port);
        buckets = client.getDatabase("clientcare").getCollection("buckets");
        IntStream.range(0, 50).forEach(i -> buckets.insertOne(new Document("_id", "bucket-" + i).append("v", 1)
                .append("count", i % 2)));
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void a_compare_and_set_changes_the_document_only_while_its_version_is_the_one_named() {
        assertThat(buckets.updateOne(and(eq("_id", "bucket-7"), eq("v", 1)), Updates.set("v", 2))
                .getMatchedCount()).isEqualTo(1);
        assertThat(buckets.updateOne(and(eq("_id", "bucket-7"), eq("v", 1)), Updates.set("v", 3))
                .getMatchedCount()).isZero();
        assertThat(buckets.find(eq("_id", "bucket-7")).first()).containsEntry("v", 2);
        assertThat(buckets.find(eq("v", 2)).into(new java.util.ArrayList<>())).hasSize(1);
    }

    @Test
    void an_id_with_conditions_finds_nothing_for_an_id_not_stored() {
        assertThat(buckets.updateOne(and(eq("_id", "bucket-99"), eq("v", 1)), Updates.set("v", 2))
                .getMatchedCount()).isZero();
        assertThat(buckets.find(and(eq("_id", "bucket-99"), eq("v", 1))).first()).isNull();
    }

    /**
     * #16: pages of a collection in {@code _id} order, each after the last id of the one before, read the next keys;
     * together they are the collection in order, and a page with a further condition still meets it.
     */
    @Test
    void pages_in_id_order_after_the_last_id_read_cover_the_collection_in_order() {
        List<Object> read = new ArrayList<>();
        List<Document> page = buckets.find().sort(Sorts.ascending("_id")).limit(7).into(new ArrayList<>());
        while (!page.isEmpty()) {
            page.forEach(document -> read.add(document.get("_id")));
            page = buckets.find(Filters.gt("_id", read.get(read.size() - 1))).sort(Sorts.ascending("_id")).limit(7)
                    .into(new ArrayList<>());
        }

        assertThat(read).hasSize(50).isSortedAccordingTo(Comparator.comparing(Object::toString))
                .doesNotHaveDuplicates();
        assertThat(buckets.find(and(Filters.gt("_id", "bucket-3"), eq("count", 1))).sort(Sorts.ascending("_id"))
                .limit(3).map(document -> document.getString("_id")))
                .containsExactly("bucket-31", "bucket-33", "bucket-35");
    }

    /** How the driver renders {@code Filters.and(eq("_id", k), eq("v", 1))}: the store must find the id in it. */
    @Test
    void the_exact_id_of_a_query_is_found_at_its_top_or_among_the_terms_of_its_and() {
        var and = new de.bwaldvogel.mongo.bson.Document("$and", List.of(
                new de.bwaldvogel.mongo.bson.Document("_id", "bucket-7"), new de.bwaldvogel.mongo.bson.Document("v", 1)));
        assertThat(BsonH2Collection.exactId(and, "_id")).isEqualTo("bucket-7");
        assertThat(BsonH2Collection.exactId(new de.bwaldvogel.mongo.bson.Document("_id", "bucket-7").append("v", 1),
                "_id")).isEqualTo("bucket-7");
        assertThat(BsonH2Collection.exactId(new de.bwaldvogel.mongo.bson.Document("_id",
                new de.bwaldvogel.mongo.bson.Document("$in", List.of("bucket-7"))), "_id")).isNull();
        assertThat(BsonH2Collection.exactId(new de.bwaldvogel.mongo.bson.Document("v", 1), "_id")).isNull();
        assertThat(BsonH2Collection.exactId(new de.bwaldvogel.mongo.bson.Document("_id", 7L), "_id")).isNull();
    }

    /**
     * A reader never sees a document half-updated: mongo-java-server changes a document's fields in place, and a
     * reply is encoded after the collection's lock is released, so a reader given the stored object itself could
     * encode some fields from before an update and some from after (a key-list bucket's entries from before with
     * its version from after: a compare-and-set on that version then drops the entries added meanwhile, #16).
     */
    @Test
    void a_reader_never_sees_a_document_half_updated() throws Exception {
        buckets.insertOne(new Document("_id", "shared").append("e", List.of()).append("n", 0));
        java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.atomic.AtomicInteger torn = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        Thread reader = new Thread(() -> {
            while (writing.get()) {
                Document bucket = buckets.find(eq("_id", "shared")).first();
                reads.incrementAndGet();
                if (bucket.getList("e", String.class).size() != bucket.getInteger("n")) {
                    torn.incrementAndGet();
                }
            }
        });
        reader.start();
        List<String> entries = new java.util.ArrayList<>();
        for (int i = 0; i < 2_000 && torn.get() == 0; i++) {
            entries.add("entry-" + i);
            Bson update = Updates.combine(Updates.set("e", entries), Updates.set("n", entries.size()));
            // both ways of updating a document in place: update, and find-and-modify (KeyIndex's add and remove)
            if (i % 2 == 0) {
                buckets.updateOne(eq("_id", "shared"), update);
            } else {
                buckets.findOneAndUpdate(eq("_id", "shared"), update);
            }
        }
        writing.set(false);
        reader.join();
        assertThat(reads.get()).isPositive();
        assertThat(torn.get()).as("reads that saw entries and count from different updates").isZero();
    }

    @Test
    void listed_ids_with_a_condition_change_and_find_each_listed_document_that_meets_it_once() {
        List<String> listed = List.of("bucket-3", "bucket-4", "bucket-5", "bucket-3", "no-such-bucket");
        Bson erasure = and(Filters.in("_id", listed), Filters.eq("count", 1));

        assertThat(buckets.updateMany(erasure, Updates.set("erased", true)).getModifiedCount()).isEqualTo(2);

        assertThat(buckets.find(eq("erased", true)).map(document -> document.getString("_id"))
                .into(new ArrayList<>())).containsExactlyInAnyOrder("bucket-3", "bucket-5");
        assertThat(buckets.find(erasure).map(document -> document.getString("_id")).into(new ArrayList<>()))
                .containsExactly("bucket-3", "bucket-5");
        assertThat(buckets.find(Filters.in("_id", listed)).into(new ArrayList<>())).hasSize(3);
    }

    @Test
    void the_ids_a_query_lists_are_its_candidates_each_once_in_key_order() {
        de.bwaldvogel.mongo.bson.Document in = new de.bwaldvogel.mongo.bson.Document("$in", List.of("b", "a", "b"));
        de.bwaldvogel.mongo.bson.Document and = new de.bwaldvogel.mongo.bson.Document("$and", List.of(
                new de.bwaldvogel.mongo.bson.Document("_id", in),
                new de.bwaldvogel.mongo.bson.Document("summary", new de.bwaldvogel.mongo.bson.Document("$ne", null))));
        assertThat(BsonH2Collection.listedIds(and, "_id")).containsExactly("a", "b");
        assertThat(BsonH2Collection.listedIds(new de.bwaldvogel.mongo.bson.Document("_id", in), "_id"))
                .containsExactly("a", "b");
        assertThat(BsonH2Collection.listedIds(new de.bwaldvogel.mongo.bson.Document("_id",
                new de.bwaldvogel.mongo.bson.Document("$in", List.of("a", 7L))), "_id")).isNull();
        assertThat(BsonH2Collection.listedIds(new de.bwaldvogel.mongo.bson.Document("v", in), "_id")).isNull();
    }

    @Test
    void a_delete_of_many_removes_every_match_over_several_chunks_of_a_thousand() {
        List<Document> more = IntStream.range(50, 2_550).mapToObj(i -> new Document("_id", "bucket-" + i)
                .append("v", 1).append("count", i % 2)).toList();
        buckets.insertMany(more);

        assertThat(buckets.deleteMany(eq("count", 1)).getDeletedCount()).isEqualTo(1_275);
        assertThat(buckets.countDocuments(eq("count", 1))).isZero();
        assertThat(buckets.deleteMany(new Document()).getDeletedCount()).isEqualTo(1_275);
        assertThat(buckets.countDocuments()).isZero();
    }

    @Test
    void a_delete_by_id_and_condition_deletes_only_a_document_that_meets_it() {
        assertThat(buckets.deleteOne(and(eq("_id", "bucket-3"), eq("count", 0))).getDeletedCount()).isZero();
        assertThat(buckets.deleteOne(and(eq("_id", "bucket-4"), eq("count", 0))).getDeletedCount()).isEqualTo(1);
        assertThat(buckets.countDocuments()).isEqualTo(49);
        assertThat(buckets.find(Filters.in("_id", "bucket-3", "bucket-4")).into(new java.util.ArrayList<>()))
                .extracting(document -> document.getString("_id")).containsExactly("bucket-3");
    }

    /** How Axon's token store names a token: processor and segment (its unique index) and an owner under {@code $or}. */
    @Test
    void the_plain_equalities_of_a_query_are_what_a_unique_index_is_looked_up_by() {
        var tokenUpdate = new de.bwaldvogel.mongo.bson.Document("$and", List.of(
                new de.bwaldvogel.mongo.bson.Document("processorName", "client-summary"),
                new de.bwaldvogel.mongo.bson.Document("segment", 3),
                new de.bwaldvogel.mongo.bson.Document("$or", List.of(
                        new de.bwaldvogel.mongo.bson.Document("owner", "node-1"),
                        new de.bwaldvogel.mongo.bson.Document("owner", null)))));
        assertThat(BsonH2Collection.equalities(tokenUpdate)).containsOnlyKeys("processorName", "segment");
        var mixed = new de.bwaldvogel.mongo.bson.Document("a", 1).append("b", null)
                .append("c", new de.bwaldvogel.mongo.bson.Document("$gt", 1)).append("d", List.of(1))
                .append("e", java.util.regex.Pattern.compile("x"));
        assertThat(BsonH2Collection.equalities(mixed)).containsOnlyKeys("a");
    }

    @Test
    void a_query_through_a_compound_unique_index_matches_only_what_meets_all_its_conditions() {
        MongoCollection<Document> tokens = client.getDatabase("clientcare").getCollection("tokens");
        tokens.createIndex(new Document("processorName", 1).append("segment", 1),
                new com.mongodb.client.model.IndexOptions().unique(true));
        IntStream.range(0, 4).forEach(segment -> tokens.insertOne(new Document("processorName", "p")
                .append("segment", segment).append("owner", segment == 2 ? "node-1" : null)));
        var ownedByNode2OrNobody = Filters.or(eq("owner", "node-2"), eq("owner", null));
        assertThat(tokens.updateOne(and(eq("processorName", "p"), eq("segment", 2), ownedByNode2OrNobody),
                Updates.set("token", 1)).getMatchedCount()).isZero();
        assertThat(tokens.updateOne(and(eq("processorName", "p"), eq("segment", 1), ownedByNode2OrNobody),
                Updates.set("owner", "node-2")).getMatchedCount()).isEqualTo(1);
        assertThat(tokens.find(and(eq("processorName", "p"), eq("segment", 1))).first())
                .containsEntry("owner", "node-2");
        assertThat(tokens.find(and(eq("processorName", "p"), eq("segment", 7))).first()).isNull();
    }

    /** A null equality also matches a missing field, which a sparse index does not hold: such a query scans. */
    @Test
    void a_null_equality_on_a_sparsely_indexed_field_finds_the_documents_that_lack_the_field() {
        MongoCollection<Document> pending = client.getDatabase("clientcare").getCollection("pending");
        pending.createIndex(new Document("k", 1), new com.mongodb.client.model.IndexOptions().unique(true).sparse(true));
        pending.insertOne(new Document("_id", "with").append("k", "x"));
        pending.insertOne(new Document("_id", "without"));
        assertThat(pending.find(eq("k", null)).into(new java.util.ArrayList<>()))
                .extracting(document -> document.getString("_id")).containsExactly("without");
        assertThat(pending.find(eq("k", "x")).into(new java.util.ArrayList<>()))
                .extracting(document -> document.getString("_id")).containsExactly("with");
    }
}
