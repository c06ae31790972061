package com.clientcare.eventstore;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * How the embedded H2 store writes documents and keys to its pages: as BSON, the form they arrive in, rather than
 * through H2's default of Java serialization. With the default, every page written re-serialized its documents
 * through {@code ObjectOutputStream}, and an index key of no type H2 knows ({@link KeyValue}) was compared by
 * serializing both sides, log n times per lookup; that was most of a write's and a lookup's cost (see
 * {@code event-store/README.md}). Keys here compare as MongoDB orders values.
 */
final class BsonDataTypes {

    /** Marks a key part that is absent (a document without the field): BSON has no such value. */
    private static final byte MISSING = (byte) 0xFF;

    private static final ThreadLocal<ByteBuf> SCRATCH = ThreadLocal.withInitial(() -> Unpooled.buffer(4096));

    static final BasicDataType<Document> DOCUMENT = new Bson<>(
            BsonEncoder::encodeDocument, BsonDecoder::decodeBson, null);

    /** A collection's {@code _id} (any BSON value; {@link Missing} for none), as the key of its documents' map. */
    static final BasicDataType<Object> ID = new Bson<>(
            BsonDataTypes::encodeValue, BsonDataTypes::decodeValue, BsonDataTypes::compareValues);

    /** A unique index's key: one value per indexed field, compared field by field. */
    static final BasicDataType<KeyValue> INDEX_KEY = new Bson<>(BsonDataTypes::encodeKey, BsonDataTypes::decodeKey,
            BsonDataTypes::compareKeys);

    private BsonDataTypes() {
    }

    private static void encodeValue(Object value, ByteBuf out) {
        if (value instanceof Missing) {
            out.writeByte(MISSING);
            return;
        }
        byte type = BsonEncoder.determineType(value);
        out.writeByte(type);
        BsonEncoder.encodeValue(type, value, out);
    }

    private static Object decodeValue(ByteBuf in) {
        byte type = in.readByte();
        return type == MISSING ? Missing.getInstance() : BsonDecoder.decodeValue(type, in);
    }

    private static void encodeKey(KeyValue key, ByteBuf out) {
        out.writeIntLE(key.size());
        key.forEach(value -> encodeValue(value, out));
    }

    private static KeyValue decodeKey(ByteBuf in) {
        int size = in.readIntLE();
        List<Object> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(decodeValue(in));
        }
        return new KeyValue(values);
    }

    /**
     * MongoDB's order of values; the keys this project uses (strings, longs, ObjectIds) compare directly, since the
     * general comparison (type ranks, number normalization) was a fifth of an insert's time in the server.
     */
    private static int compareValues(Object a, Object b) {
        if (a instanceof String first && b instanceof String second) {
            return first.compareTo(second);
        }
        if (a instanceof Long first && b instanceof Long second) {
            return Long.compare(first, second);
        }
        return ValueComparator.ascWithoutListHandling().compare(a, b);
    }

    private static int compareKeys(KeyValue a, KeyValue b) {
        int common = Math.min(a.size(), b.size());
        for (int i = 0; i < common; i++) {
            int order = compareValues(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static final class Bson<T> extends BasicDataType<T> {

        private final BiConsumer<T, ByteBuf> encoder;
        private final Function<ByteBuf, T> decoder;
        private final Comparator<? super T> order;

        private Bson(BiConsumer<T, ByteBuf> encoder, Function<ByteBuf, T> decoder, Comparator<? super T> order) {
            this.encoder = encoder;
            this.decoder = decoder;
            this.order = order;
        }

        /** Sizes H2's page cache; asked for a sample of entries only (memory estimation is allowed). */
        @Override
        public int getMemory(T value) {
            return DecodedSize.of(value);
        }

        @Override
        public void write(WriteBuffer buffer, T value) {
            ByteBuf bytes = encoded(value);
            buffer.putVarInt(bytes.readableBytes());
            buffer.put(bytes.array(), bytes.arrayOffset() + bytes.readerIndex(), bytes.readableBytes());
        }

        @Override
        public T read(ByteBuffer buffer) {
            int length = DataUtils.readVarInt(buffer);
            ByteBuffer slice = buffer.slice();
            slice.limit(length);
            buffer.position(buffer.position() + length);
            return decoder.apply(Unpooled.wrappedBuffer(slice));
        }

        @Override
        public int compare(T a, T b) {
            if (order == null) {
                throw new UnsupportedOperationException("documents are values, never keys");
            }
            return order.compare(a, b);
        }

        @Override
        @SuppressWarnings("unchecked")
        public T[] createStorage(int size) {
            return (T[]) new Object[size];
        }

        private ByteBuf encoded(T value) {
            ByteBuf bytes = SCRATCH.get().clear();
            encoder.accept(value, bytes);
            return bytes;
        }
    }
}
