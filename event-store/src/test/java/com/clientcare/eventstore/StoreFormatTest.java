package com.clientcare.eventstore;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A data directory written by an earlier build (the older store format: pages through Java serialization) opens
 * with every document and every unique key it held, converted once.
 */
class StoreFormatTest {

    @TempDir
    Path dataDirectory;

    @Test
    void a_store_of_the_older_format_opens_with_its_documents_and_unique_keys() throws Exception {
        MongoServer older = new MongoServer(new H2Backend(dataDirectory.resolve(StoreFormat.OLDER).toString()));
        InetSocketAddress address = older.bind();
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + address.getPort())) {
            MongoCollection<Document> commits = client.getDatabase("clientcare").getCollection("commits");
            commits.createIndex(Indexes.ascending("aggregate", "sequence"), new IndexOptions().unique(true));
            IntStream.range(0, 50).forEach(i -> commits.insertOne(new Document("_id", (long) i)
                    .append("aggregate", "client-" + i % 5).append("sequence", i / 5).append("payload", "fact " + i)));
        }
        older.shutdownNow();

        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (EmbeddedMongoServer current = EmbeddedMongoServer.start(MongoConnectionProperties.EmbeddedBackend.H2,
                dataDirectory, port, false); MongoClient client = MongoClients.create("mongodb://localhost:" + port)) {
            MongoCollection<Document> commits = client.getDatabase("clientcare").getCollection("commits");
            assertThat(commits.countDocuments()).isEqualTo(50);
            assertThat(commits.find(Filters.eq("_id", 37L)).first()).containsEntry("payload", "fact 37");
            assertThatThrownBy(() -> commits.insertOne(new Document("_id", 99L).append("aggregate", "client-2")
                    .append("sequence", 7))).isInstanceOf(MongoWriteException.class)
                    .hasMessageContaining("duplicate key");
        }
        assertThat(dataDirectory.resolve(StoreFormat.OLDER)).doesNotExist();
        assertThat(dataDirectory.resolve(StoreFormat.OLDER + ".converted")).exists();
        assertThat(dataDirectory.resolve(StoreFormat.CURRENT)).exists();
    }
}
