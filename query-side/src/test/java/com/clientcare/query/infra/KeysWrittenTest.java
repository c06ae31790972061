package com.clientcare.query.infra;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A rebuild's batch reads from its store only documents it may have written (#16). */
class KeysWrittenTest {

    private final InMemoryMongo mongo = new InMemoryMongo();
    private final MongoDatabase database = mongo.database("rebuilt");
    private final MongoCollection<Document> summaries = database.getCollection("client_summaries");
    private final MongoCollection<Document> keys = database.getCollection("client_summaries_keys");

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void every_key_written_may_be_there_and_few_keys_never_written_seem_so() {
        KeysWritten written = new KeysWritten();
        IntStream.range(0, 200_000).forEach(i -> written.add(summaries, "c-" + i));

        assertThat(IntStream.range(0, 200_000).allMatch(i -> written.mayHave(summaries, "c-" + i))).isTrue();
        long seemWritten = IntStream.range(200_000, 300_000).filter(i -> written.mayHave(summaries, "c-" + i)).count();
        assertThat(seemWritten).as("keys never written that seem written, of 100,000").isLessThan(100);
        assertThat(written.mayHave(keys, "c-1")).as("the same id in another collection").isFalse();
    }

    @Test
    void a_rebuild_batch_reads_the_store_for_what_it_wrote_and_not_for_what_it_never_wrote() {
        KeysWritten written = new KeysWritten();
        try (ReadModelBatch batch = ReadModelBatch.open(written)) {
            batch.write(summaries, "c-1", new Document("_id", "c-1").append("name", "Ada"));
        }
        // a document no batch of the rebuild wrote: not the rebuild's, so not there for it
        summaries.insertOne(new Document("_id", "c-2").append("name", "elsewhere"));

        try (ReadModelBatch batch = ReadModelBatch.open(written)) {
            assertThat(batch.read(summaries, "c-1", () -> summaries.find(new Document("_id", "c-1")).first()))
                    .containsEntry("name", "Ada");
            assertThat(batch.read(summaries, "c-2", () -> summaries.find(new Document("_id", "c-2")).first()))
                    .isNull();
        }
    }
}
