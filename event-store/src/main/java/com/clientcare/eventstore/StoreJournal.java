package com.clientcare.eventstore;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * The embedded store's write-ahead journal: every write command, in the order the store applied it, appended to a
 * file of the current generation before the write is acknowledged. The H2 store itself commits only at a
 * checkpoint, which names the next generation in the same commit; the journal of a generation the store already
 * names is obsolete and deleted. After a hard stop, replaying the current generation's records on the store as
 * of its last checkpoint applies every acknowledged write again, in the same order, so to the same effect.
 * <p>
 * A record is its length, a CRC-32C of its bytes, and a BSON document {@code {d: database, c: command, q: body}}.
 * A record cut short by the stop, or whose checksum fails, ends the replay: it was never acknowledged.
 */
final class StoreJournal implements AutoCloseable {

    private static final String PREFIX = "event-store.journal.";
    private static final int HEADER = 8;

    private final Path directory;
    private final boolean fsync;
    /** Records appended but not yet written to the file; guarded by itself. */
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream(64 * 1024);
    private final Object writing = new Object();
    private FileChannel file;
    /** Bytes appended since the journal was opened, over every generation. Guarded by {@link #pending}. */
    private long appended;
    /** Bytes appended that are durable (in the file, or in a checkpoint of the store). Guarded by {@link #writing}. */
    private volatile long durable;
    private long sinceCheckpoint;

    private StoreJournal(Path directory, boolean fsync) {
        this.directory = directory;
        this.fsync = fsync;
    }

    /**
     * Replays, through {@code replay}, the records of the given generation's file, if there is one, in the order
     * they were appended; returns how many.
     */
    static int replay(Path directory, long generation, Consumer<Document> replay) {
        Path current = directory.resolve(PREFIX + generation);
        try {
            return Files.exists(current) ? readRecords(current, replay) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replay the journal " + current, e);
        }
    }

    /**
     * Starts a new, empty generation, once the store has committed that name: every file of an earlier generation
     * is deleted (its records are all in the store).
     */
    static StoreJournal start(Path directory, long generation, boolean fsync) {
        StoreJournal journal = new StoreJournal(directory, fsync);
        try {
            journal.startGeneration(generation);
            return journal;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the journal in " + directory, e);
        }
    }

    static Document record(String database, String command, Document body) {
        return new Document("d", database).append("c", command).append("q", body);
    }

    /** The record's bytes, taken before the store applies the command (applying may change the body). */
    static byte[] encode(Document record) {
        ByteBuf bson = Unpooled.buffer(512);
        BsonEncoder.encodeDocument(record, bson);
        byte[] body = new byte[bson.readableBytes()];
        bson.readBytes(body);
        CRC32C crc = new CRC32C();
        crc.update(body);
        return ByteBuffer.allocate(HEADER + body.length).order(ByteOrder.LITTLE_ENDIAN)
                .putInt(body.length).putInt((int) crc.getValue()).put(body).array();
    }

    /** Appends a record; the caller holds the store's order of writes. Returns where the record ends. */
    long append(byte[] record) {
        synchronized (pending) {
            pending.write(record, 0, record.length);
            appended += record.length;
            sinceCheckpoint += record.length;
            return appended;
        }
    }

    /** Returns once every record up to {@code end} is durable; one write (and fsync) serves all that wait for it. */
    void awaitDurable(long end) {
        if (durable >= end) {
            return;
        }
        synchronized (writing) {
            if (durable >= end) {
                return;
            }
            byte[] bytes;
            long upTo;
            synchronized (pending) {
                bytes = pending.toByteArray();
                pending.reset();
                upTo = appended;
            }
            try {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    file.write(buffer);
                }
                if (fsync) {
                    file.force(false);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the journal", e);
            }
            durable = upTo;
        }
    }

    boolean fsync() {
        return fsync;
    }

    /** Bytes appended since the last checkpoint. Read under the store's order of writes. */
    long sinceCheckpoint() {
        synchronized (pending) {
            return sinceCheckpoint;
        }
    }

    /**
     * The store has committed everything appended so far as of {@code next}: the records are obsolete. The caller
     * holds the store's order of writes, so nothing is appended meanwhile.
     */
    void checkpointed(long next) {
        synchronized (writing) {
            synchronized (pending) {
                pending.reset();
                sinceCheckpoint = 0;
                durable = appended;
            }
            try {
                file.close();
                startGeneration(next);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start journal generation " + next, e);
            }
        }
    }

    private void startGeneration(long next) throws IOException {
        try (var files = Files.list(directory)) {
            for (Path path : files.filter(path -> path.getFileName().toString().startsWith(PREFIX)).toList()) {
                if (Long.parseLong(path.getFileName().toString().substring(PREFIX.length())) < next) {
                    Files.delete(path);
                }
            }
        }
        file = FileChannel.open(fileOf(next), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        if (fsync) {
            file.force(true);
        }
    }

    private Path fileOf(long of) {
        return directory.resolve(PREFIX + of);
    }

    private static int readRecords(Path path, Consumer<Document> replay) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(path)).order(ByteOrder.LITTLE_ENDIAN);
        int records = 0;
        while (bytes.remaining() >= HEADER) {
            int length = bytes.getInt();
            int checksum = bytes.getInt();
            if (length <= 0 || length > bytes.remaining()) {
                break;
            }
            byte[] body = new byte[length];
            bytes.get(body);
            CRC32C crc = new CRC32C();
            crc.update(body);
            if ((int) crc.getValue() != checksum) {
                break;
            }
            replay.accept(BsonDecoder.decodeBson(Unpooled.wrappedBuffer(body)));
            records++;
        }
        return records;
    }

    @Override
    public void close() {
        synchronized (writing) {
            try {
                file.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close the journal", e);
            }
        }
    }
}
