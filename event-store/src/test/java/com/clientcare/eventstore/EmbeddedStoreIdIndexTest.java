package com.clientcare.eventstore;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * #16: the embedded store's {@code _id} index is the map of the documents itself (IdIndex), with a unique
 * {@code _id} as MongoDB keeps it, and no second map written for it.
 */
class EmbeddedStoreIdIndexTest {

    @TempDir
    Path dataDirectory;

    private DurableH2Backend backend;
    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> lists;

    @BeforeEach
    void start() {
        backend = DurableH2Backend.open(StoreFormat.prepare(dataDirectory), false, Duration.ofHours(1));
        server = new MongoServer(backend);
        client = MongoClients.create("mongodb://localhost:" + server.bind().getPort());
        lists = client.getDatabase("clientcare").getCollection("correlations_keys");
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow(); // closes the store too
    }

    @Test
    void an_id_is_unique_until_its_document_is_deleted() {
        lists.insertOne(new Document("_id", "correlation:c-1").append("n", 1));

        assertThatThrownBy(() -> lists.insertOne(new Document("_id", "correlation:c-1").append("n", 2)))
                .isInstanceOfSatisfying(MongoWriteException.class,
                        e -> assertThat(e.getError().getCode()).isEqualTo(11000));
        assertThat(lists.find(Filters.eq("_id", "correlation:c-1")).first()).containsEntry("n", 1);

        lists.deleteOne(Filters.eq("_id", "correlation:c-1"));
        lists.insertOne(new Document("_id", "correlation:c-1").append("n", 3));
        lists.replaceOne(Filters.eq("_id", "correlation:c-2"), new Document("_id", "correlation:c-2").append("n", 4),
                new ReplaceOptions().upsert(true));

        assertThat(lists.find(Filters.in("_id", List.of("correlation:c-1", "correlation:c-2", "correlation:c-9")))
                .into(new ArrayList<>())).extracting(document -> document.getInteger("n")).containsExactly(3, 4);
        assertThat(lists.countDocuments()).isEqualTo(2);
    }

    @Test
    void a_number_id_is_found_and_unique_whatever_its_number_type() {
        lists.insertOne(new Document("_id", 5).append("n", 1));

        assertThat(lists.find(Filters.eq("_id", 5L)).first()).containsEntry("n", 1);
        assertThat(lists.find(Filters.eq("_id", 5.0)).first()).containsEntry("n", 1);
        assertThatThrownBy(() -> lists.insertOne(new Document("_id", 5.0))).isInstanceOf(MongoWriteException.class);
        lists.updateOne(Filters.eq("_id", 5.0), new Document("$set", new Document("n", 2)));
        assertThat(lists.find(Filters.eq("_id", 5)).first()).containsEntry("_id", 5).containsEntry("n", 2);
    }

    @Test
    void no_map_is_written_for_the_id_index() {
        lists.insertOne(new Document("_id", "correlation:c-1"));

        assertThat(backend.getMvStore().getMapNames()).noneMatch(name -> name.endsWith("._index__id_"))
                .anyMatch(name -> name.endsWith("clientcare.correlations_keys"));
    }
}
