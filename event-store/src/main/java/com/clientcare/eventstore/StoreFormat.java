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
 * Where the embedded store's file is, its compaction on request, and the one-time conversion of a file of the older
 * format (documents and keys Java-serialized, before {@link BsonDataTypes}) to the current one. The older file is
 * left beside it, renamed, and is never read again; the conversion writes a file of its own and moves it into place
 * only once it is complete, so a stop half-way converts again at the next start.
 */
final class StoreFormat {

    private static final Logger log = LoggerFactory.getLogger(StoreFormat.class);

    static final String CURRENT = "event-store.bson.mv";
    static final String OLDER = "event-store.mv";
    /** Entries copied between commits, so that the copy's pages go to the file rather than pile up in memory. */
    private static final int COMMIT_EVERY = 10_000;
    /** Or as soon as this much is unsaved: a key-list bucket may hold 150 KB. */
    private static final int UNSAVED_BYTES = 16 * 1024 * 1024;

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
        long started = System.nanoTime();
        long entries = copyInto(older, false, partial);
        Files.move(partial, current, StandardCopyOption.ATOMIC_MOVE);
        Files.move(older, older.resolveSibling(OLDER + ".converted"), StandardCopyOption.REPLACE_EXISTING);
        log.info("Converted the embedded store {} to BSON pages ({} entries in {} ms); the older file is kept as {}",
                older, entries, (System.nanoTime() - started) / 1_000_000, OLDER + ".converted");
    }

    /**
     * Rewrites a closed store file with only its live entries, map by map into a new file moved into place once
     * complete (a stop half-way leaves the file as it was). H2 reuses free space in a file but gives back only what
     * lies at its end, so a file that a burst of writes grew stays that size: 35.9 GB at 972,681 events, of which
     * 2.6 GB live (#16).
     */
    static void compact(Path current) throws IOException {
        Path partial = current.resolveSibling(CURRENT + ".compacting");
        long started = System.nanoTime();
        long before = Files.size(current);
        long entries = copyInto(current, true, partial);
        Files.move(partial, current, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        log.info("Compacted the embedded store {}: {} entries in {} ms, {} bytes before, {} after", current, entries,
                (System.nanoTime() - started) / 1_000_000, before, Files.size(current));
    }

    /** Copies every map of {@code source} (of BSON pages, or else of the older format) into a new file. */
    private static long copyInto(Path source, boolean bson, Path target) throws IOException {
        Files.deleteIfExists(target);
        long entries = 0;
        MVStore from = new MVStore.Builder().fileName(source.toString()).readOnly().open();
        MVStore to = new MVStore.Builder().fileName(target.toString()).autoCommitDisabled().open();
        try {
            for (String name : from.getMapNames()) {
                MVMap<Object, Object> read = bson ? from.openMap(name, builderFor(name)) : from.openMap(name);
                MVMap<Object, Object> written = to.openMap(name, builderFor(name));
                entries += copy(read, written, to);
                if (written.sizeAsLong() != read.sizeAsLong()) {
                    throw new IllegalStateException("map " + name + " copied with " + written.sizeAsLong()
                            + " entries of " + read.sizeAsLong());
                }
            }
            to.commit();
        } finally {
            to.close();
            from.close();
        }
        return entries;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static MVMap.Builder<Object, Object> builderFor(String mapName) {
        MVMap.Builder builder = mapName.startsWith(BsonH2Database.DATA_PREFIX) ? BsonH2Database.documents()
                : mapName.contains(BsonH2Database.INDEX_INFIX) ? BsonH2Database.indexEntries() : new MVMap.Builder<>();
        return builder;
    }

    private static long copy(MVMap<Object, Object> from, MVMap<Object, Object> to, MVStore store) {
        long copied = 0;
        for (Map.Entry<Object, Object> entry : from.entrySet()) {
            to.put(entry.getKey(), entry.getValue());
            if (++copied % COMMIT_EVERY == 0 || store.getUnsavedMemory() > UNSAVED_BYTES) {
                store.commit();
            }
        }
        return copied;
    }
}
