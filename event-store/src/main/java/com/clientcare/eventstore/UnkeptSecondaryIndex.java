package com.clientcare.eventstore;

import de.bwaldvogel.mongo.backend.EmptyIndex;
import de.bwaldvogel.mongo.backend.IndexKey;

import java.util.List;

/**
 * A non-unique index on the embedded store: a name only, as mongo-java-server keeps none (its lookups by such a key
 * scan; the hot lookups of the read models are exact keys instead, #16). mongo-java-server's stand-in counts no
 * entries, so it looked empty at every open and its collection was scanned twice to build it, for nothing: 13 to 15 s
 * of each application's start at 1,000,000 events. This one has nothing to build, so it never looks empty.
 */
final class UnkeptSecondaryIndex extends EmptyIndex<Object> {

    UnkeptSecondaryIndex(String name, List<IndexKey> keys) {
        super(name, keys);
    }

    @Override
    public boolean isEmpty() {
        return false;
    }
}
