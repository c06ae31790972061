package com.clientcare.eventstore.commitlog;

import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Tamper evidence: each commit's hash covers the hash of the commit before it, its position and key, and its
 * stored events (SHA-256). Changing any stored byte, removing or reordering a commit breaks every later link.
 * <p>
 * Two forms, named per commit by {@link LogEntry#hashVersion()}: {@link #CANONICAL_JSON} (commits stored before
 * #17 item 3's last step) hashes a JSON rendering of the events; {@link #FIELD_BYTES} hashes the events' stored
 * field values themselves, the strings the serializer produced for the insert, with no second rendering, and
 * separately from the link, so a writer digests its events before it waits for its place.
 */
final class HashChain {

    static final String GENESIS = "0".repeat(64);
    /** The events rendered as relaxed extended JSON ({@link Document#toJson()}'s settings), then hashed. */
    static final int CANONICAL_JSON = 1;
    /** The events' field names and values hashed as they are stored, each length-prefixed and typed. */
    static final int FIELD_BYTES = 2;

    private static final JsonWriterSettings CANONICAL = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();
    private static final byte NULL = 0;
    private static final byte STRING = 1;
    private static final byte INT64 = 2;
    private static final byte INT32 = 3;
    /** Any other value (none is stored today): its relaxed JSON, so the form covers whatever an event holds. */
    private static final byte OTHER = 4;

    private HashChain() {
    }

    /** The link of a commit of the {@link #FIELD_BYTES} form, given its {@link #eventsDigest}. */
    static String link(String previousHash, long position, String stream, byte[] eventsDigest) {
        MessageDigest sha = sha256();
        linkPrefix(sha, previousHash, position, stream);
        sha.update(eventsDigest);
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The link of a commit of the {@link #CANONICAL_JSON} form. */
    static String linkOfJson(String previousHash, long position, String stream, List<Document> events) {
        MessageDigest sha = sha256();
        linkPrefix(sha, previousHash, position, stream);
        sha.update(new Document("events", events).toJson(CANONICAL).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The link of a stored commit in the form its place names. */
    static String link(int version, String previousHash, long position, String stream, List<Document> events) {
        return switch (version) {
            case CANONICAL_JSON -> linkOfJson(previousHash, position, stream, events);
            case FIELD_BYTES -> link(previousHash, position, stream, eventsDigest(events));
            default -> throw new IllegalArgumentException("no hash form " + version);
        };
    }

    static boolean knows(int version) {
        return version == CANONICAL_JSON || version == FIELD_BYTES;
    }

    /**
     * SHA-256 of the events as stored: their number, then per event its number of fields and each field's name and
     * typed value, every string length-prefixed, so no two different event lists feed the digest the same bytes.
     */
    static byte[] eventsDigest(List<Document> events) {
        MessageDigest sha = sha256();
        ByteBuffer number = ByteBuffer.allocate(Long.BYTES);
        sha.update(number.clear().putInt(events.size()).flip());
        for (Document event : events) {
            sha.update(number.clear().putInt(event.size()).flip());
            for (Map.Entry<String, Object> field : event.entrySet()) {
                string(sha, number, field.getKey());
                Object value = field.getValue();
                if (value == null) {
                    sha.update(NULL);
                } else if (value instanceof String text) {
                    sha.update(STRING);
                    string(sha, number, text);
                } else if (value instanceof Long long64) {
                    sha.update(INT64);
                    sha.update(number.clear().putLong(long64).flip());
                } else if (value instanceof Integer int32) {
                    sha.update(INT32);
                    sha.update(number.clear().putInt(int32).flip());
                } else {
                    sha.update(OTHER);
                    string(sha, number, new Document("value", value).toJson(CANONICAL));
                }
            }
        }
        return sha.digest();
    }

    private static void linkPrefix(MessageDigest sha, String previousHash, long position, String stream) {
        sha.update(previousHash.getBytes(StandardCharsets.UTF_8));
        sha.update(("|" + position + "|" + stream + "|").getBytes(StandardCharsets.UTF_8));
    }

    private static void string(MessageDigest sha, ByteBuffer number, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sha.update(number.clear().putInt(bytes.length).flip());
        sha.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
