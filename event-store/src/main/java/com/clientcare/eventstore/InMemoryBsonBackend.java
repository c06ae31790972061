package com.clientcare.eventstore;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;

/**
 * The embedded store's collections ({@link BsonH2Collection}: a stored document is replaced by an update, never
 * changed in place) on an H2 store held in memory, nothing on disk. mongo-java-server's own memory backend changes a
 * document in place while a reply holding it may still be encoded, so a reader can see a key-list bucket half
 * updated, and a compare-and-set on its version then drops entries: tests of concurrent segments on it fail now and
 * then for that reason alone.
 */
public final class InMemoryBsonBackend extends H2Backend {

    public InMemoryBsonBackend() {
        super(new MVStore.Builder().open());
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new BsonH2Database(databaseName, getMvStore(), getCursorRegistry());
    }
}
