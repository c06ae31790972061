package com.clientcare.query.infra;

import com.mongodb.client.MongoCollection;

/**
 * The documents a rebuild has written so far, as a Bloom filter: "never written" is certain, "written" may be wrong
 * (about 2 % of keys not written, at 2,000,000 written; more beyond). A rebuild writes a database of its own that
 * starts empty, so a document it never wrote is not there, and its batch need not ask the store: most of a replay's
 * reads were of documents not there yet (a correlation's list, a clock's document), one round trip each, half of
 * the replay's time for {@code correlations} at 972,681 events (#16). 2 MB, whatever the number of keys.
 */
public final class KeysWritten {

    private static final int BITS_LOG2 = 24;
    private static final int MASK = (1 << BITS_LOG2) - 1;
    private static final int HASHES = 4;

    private final long[] bits = new long[1 << (BITS_LOG2 - 6)];

    void add(MongoCollection<?> collection, Object id) {
        long hash = hash(collection, id);
        for (int i = 0; i < HASHES; i++) {
            int bit = bit(hash, i);
            bits[bit >>> 6] |= 1L << bit;
        }
    }

    boolean mayHave(MongoCollection<?> collection, Object id) {
        long hash = hash(collection, id);
        for (int i = 0; i < HASHES; i++) {
            int bit = bit(hash, i);
            if ((bits[bit >>> 6] & (1L << bit)) == 0) {
                return false;
            }
        }
        return true;
    }

    /** The i-th bit of a key: two halves of one 64-bit hash combined (Kirsch and Mitzenmacher). */
    private static int bit(long hash, int i) {
        return ((int) hash + i * (int) (hash >>> 32)) & MASK;
    }

    private static long hash(MongoCollection<?> collection, Object id) {
        long hash = collection.getNamespace().getFullName().hashCode() * 0x9E3779B97F4A7C15L + id.hashCode();
        // a 64-bit finalizer (MurmurHash3's), so both halves depend on every bit of the key's hash
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        return hash ^ (hash >>> 33);
    }
}
