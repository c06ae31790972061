package com.clientcare.eventstore;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * #16: a large bulk write reaches the embedded store as several commands of a bounded number of writes, since the
 * store decodes, applies and journals each whole on the heap (one of 1,000 large key-list buckets ran a 512 MB heap
 * out).
 */
class EmbeddedStoreWriteBatchTest {

    private static final String BUCKET = "e".repeat(50_000);

    @TempDir
    Path dataDirectory;

    @Test
    void a_bulk_write_of_more_writes_than_the_bound_arrives_split_and_whole() {
        List<Integer> updatesPerCommand = new CopyOnWriteArrayList<>();
        CommandListener sizes = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                if (event.getCommandName().equals("update")) {
                    updatesPerCommand.add(event.getCommand().getArray("updates").size());
                }
            }
        };
        DurableH2Backend backend = DurableH2Backend.open(StoreFormat.prepare(dataDirectory), false,
                Duration.ofHours(1));
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://localhost:" + server.bind().getPort()))
                .addCommandListener(sizes).build())) {
            MongoCollection<Document> keys = client.getDatabase("clientcare").getCollection("clocks_keys");
            int buckets = 400; // 20 MB in all
            keys.bulkWrite(IntStream.range(0, buckets).mapToObj(i -> new ReplaceOneModel<>(
                    new Document("_id", "all|" + i), new Document("_id", "all|" + i).append("e", BUCKET),
                    new ReplaceOptions().upsert(true))).toList());

            assertThat(keys.countDocuments()).isEqualTo(buckets);
            assertThat(updatesPerCommand).hasSize(buckets / DurableH2Backend.MAX_WRITE_BATCH)
                    .allSatisfy(updates -> assertThat(updates).isEqualTo(DurableH2Backend.MAX_WRITE_BATCH));
        } finally {
            server.shutdownNow(); // closes the store too
        }
    }
}
