package com.clientcare.eventstore;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Where the embedded store's file is, and the one-time conversion of a file of the older format (documents and keys
 * Java-serialized, before {@link BsonDataTypes}) to the current one. The older file is left beside it, renamed, and
 * is never read again; the conversion writes a file of its own and moves it into place only once it is complete,
 * so a stop half-way converts again at the next start.
 */
final class StoreFormat {

    private static final Logger log = LoggerFactory.getLogger(StoreFormat.class);

    static final String CURRENT = "event-store.bson.mv";
    static final String OLDER = "event-store.mv";
    /** Entries copied between commits, so that the copy's pages go to the file rather than pile up in memory. */
    private static final int COMMIT_EVERY = 10_000;

    private StoreFormat() {
    }

    /** The current store file of this data directory, converted from the older format first if only that exists. */
    static Path prepare(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            Path current = dataDirectory.resolve(CURRENT);
            Path older = dataDirectory.resolve(OLDER);
            if (!Files.exists(current) && Files.exists(older)) {
                convert(older, current);
            }
            return current;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the store file in " + dataDirectory, e);
        }
    }

    private static void convert(Path older, Path current) throws IOException {
        Path partial = current.resolveSibling(CURRENT + ".converting");
        Files.deleteIfExists(partial);
        long started = System.nanoTime();
        long entries = 0;
        MVStore from = new MVStore.Builder().fileName(older.toString()).readOnly().open();
        MVStore to = new MVStore.Builder().fileName(partial.toString()).autoCommitDisabled().open();
        try {
            for (String name : from.getMapNames()) {
                entries += copy(from.openMap(name), to.openMap(name, builderFor(name)), to);
            }
            to.commit();
        } finally {
            to.close();
            from.close();
        }
        Files.move(partial, current, StandardCopyOption.ATOMIC_MOVE);
        Files.move(older, older.resolveSibling(OLDER + ".converted"), StandardCopyOption.REPLACE_EXISTING);
        log.info("Converted the embedded store {} to BSON pages ({} entries in {} ms); the older file is kept as {}",
                older, entries, (System.nanoTime() - started) / 1_000_000, OLDER + ".converted");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static MVMap.Builder builderFor(String mapName) {
        if (mapName.startsWith(BsonH2Database.DATA_PREFIX)) {
            return BsonH2Database.documents();
        }
        return mapName.contains(BsonH2Database.INDEX_INFIX) ? BsonH2Database.indexEntries() : new MVMap.Builder<>();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static long copy(MVMap<Object, Object> from, MVMap to, MVStore store) {
        long copied = 0;
        for (Map.Entry<Object, Object> entry : from.entrySet()) {
            to.put(entry.getKey(), entry.getValue());
            if (++copied % COMMIT_EVERY == 0) {
                store.commit();
            }
        }
        return copied;
    }
}
