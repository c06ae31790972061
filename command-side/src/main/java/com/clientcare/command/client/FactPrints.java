package com.clientcare.command.client;

import com.clientcare.command.rules.SameFact;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every fact a client file recorded under a caller's id, kept as its print rather than the fact: what a retry is
 * compared with (C1..C7: the same id and content records nothing, the same id with other content is refused) and
 * when it happened (a reply never precedes what it answers, C5). A fact is keyed by a 64-bit digest of its kind and
 * id; in a snapshot each takes {@value #BYTES} bytes (key, content digest, business time), whatever the fact holds.
 */
final class FactPrints {

    static final int BYTES = 8 + 8 + 8 + 4;

    /** In the order recorded, so that a snapshot of the same facts is the same bytes. */
    private final Map<Long, SameFact.Print> byKey = new LinkedHashMap<>();

    FactPrints() {
    }

    void record(String kind, String id, Record fact) {
        byKey.put(key(kind, id), SameFact.printOf(fact));
    }

    /** The print of the fact of this kind recorded under this id; null if none. */
    SameFact.Print of(String kind, String id) {
        return byKey.get(key(kind, id));
    }

    private static long key(String kind, String id) {
        return SameFact.digest(kind + ":" + id);
    }

    @JsonValue
    String packed() {
        ByteBuffer bytes = ByteBuffer.allocate(byKey.size() * BYTES);
        byKey.forEach((key, print) -> bytes.putLong(key).putLong(print.content())
                .putLong(print.at().getEpochSecond()).putInt(print.at().getNano()));
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    @JsonCreator
    static FactPrints unpacked(String packed) {
        FactPrints prints = new FactPrints();
        ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(packed));
        while (bytes.hasRemaining()) {
            prints.byKey.put(bytes.getLong(), new SameFact.Print(bytes.getLong(),
                    Instant.ofEpochSecond(bytes.getLong(), bytes.getInt())));
        }
        return prints;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FactPrints prints && byKey.equals(prints.byKey);
    }

    @Override
    public int hashCode() {
        return byKey.hashCode();
    }
}
