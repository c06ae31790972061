package com.clientcare.eventstore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractSynchronizedMongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.List;

/**
 * A database of the embedded H2 store whose maps keep documents and keys as BSON ({@link BsonDataTypes}). The
 * maps are named as mongo-java-server's own H2 database names them, so a store of the older format converts map
 * by map ({@link StoreFormat}).
 */
final class BsonH2Database extends AbstractSynchronizedMongoDatabase<Object> {

    static final String DATA_PREFIX = "databases.";
    static final String META_PREFIX = "meta.";
    static final String INDEX_INFIX = "._index_";
    private static final String ID = "_id";

    private final MVStore store;

    BsonH2Database(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
        super(databaseName, cursorRegistry);
        this.store = store;
        initializeNamespacesAndIndexes();
    }

    static MVMap.Builder<Object, Document> documents() {
        return new MVMap.Builder<Object, Document>().keyType(BsonDataTypes.ID).valueType(BsonDataTypes.DOCUMENT);
    }

    static MVMap.Builder<KeyValue, Object> indexEntries() {
        return new MVMap.Builder<KeyValue, Object>().keyType(BsonDataTypes.INDEX_KEY).valueType(BsonDataTypes.ID);
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        String name = getFullCollectionNamespace(collectionName);
        return new BsonH2Collection(this, collectionName, options, store.openMap(DATA_PREFIX + name, documents()),
                store.openMap(META_PREFIX + name), cursorRegistry);
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                    boolean sparse) {
        if (keys.size() == 1 && keys.get(0).getKey().equals(ID)) {
            // a store written before IdIndex has the index's own map: no longer written, so it goes
            String ownMap = indexMapName(collectionName, indexName);
            if (store.hasMap(ownMap)) {
                store.removeMap(ownMap);
            }
            return new IdIndex(store.openMap(DATA_PREFIX + getFullCollectionNamespace(collectionName), documents()),
                    indexName, keys);
        }
        return new BsonUniqueIndex(store.openMap(indexMapName(collectionName, indexName), indexEntries()), indexName,
                keys, sparse);
    }

    @Override
    protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                       boolean sparse) {
        return new UnkeptSecondaryIndex(indexName, keys);
    }

    @Override
    protected void dropIndex(MongoCollection<Object> collection, String indexName) {
        super.dropIndex(collection, indexName);
        store.removeMap(indexMapName(collection.getCollectionName(), indexName));
    }

    private String indexMapName(String collectionName, String indexName) {
        return getFullCollectionNamespace(collectionName) + INDEX_INFIX + indexName;
    }

    @Override
    public void drop(Oplog oplog) {
        super.drop(oplog);
        String prefix = getDatabaseName() + ".";
        store.getMapNames().stream()
                .filter(name -> name.startsWith(prefix) || name.startsWith(DATA_PREFIX + prefix)
                        || name.startsWith(META_PREFIX + prefix))
                .toList()
                .forEach(store::removeMap);
    }

    @Override
    public void dropCollection(String collectionName, Oplog oplog) {
        super.dropCollection(collectionName, oplog);
        String name = getFullCollectionNamespace(collectionName);
        store.removeMap(DATA_PREFIX + name);
        store.removeMap(META_PREFIX + name);
    }

    @Override
    public void moveCollection(MongoDatabase oldDatabase, MongoCollection<?> collection, String newCollectionName) {
        super.moveCollection(oldDatabase, collection, newCollectionName);
        String oldName = collection.getFullName();
        String newName = getFullCollectionNamespace(newCollectionName);
        store.renameMap(store.openMap(DATA_PREFIX + oldName, documents()), DATA_PREFIX + newName);
        store.renameMap(store.openMap(META_PREFIX + oldName), META_PREFIX + newName);
    }

    @Override
    protected long getStorageSize() {
        return store.getFileStore() == null ? 0 : store.getFileStore().size();
    }

    @Override
    protected long getFileSize() {
        return getStorageSize();
    }
}
