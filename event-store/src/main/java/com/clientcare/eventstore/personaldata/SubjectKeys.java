package com.clientcare.eventstore.personaldata;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.Binary;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One encryption key per data subject (C8), kept in the collection {@code personal_data_keys}, outside the
 * event log. Destroying a key leaves a tombstone, so that no new key is ever made for an erased subject.
 * Keys are cached for a short time. Every destruction also counts in {@code personal_data_erasures}; a reader
 * that must not decrypt what was erased before it started (an auditor's request) calls {@link #refresh()} first:
 * one exact-key read, which drops every cached key only when some key was destroyed since it last looked.
 */
public class SubjectKeys {

    static final String COLLECTION = "personal_data_keys";
    static final String ERASURES = "personal_data_erasures";
    private static final String COUNTER = "erasures";
    private static final String COUNT = "count";
    private static final String KEY = "key";
    private static final String ERASED_AT = "erasedAt";

    private final MongoCollection<Document> keys;
    private final MongoCollection<Document> erasures;
    private final Clock clock;
    private final long cacheNanos;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    /** The erasures counted when this application last looked; a key cached before that look is not used. */
    private volatile long erasuresSeen;

    private record Cached(Optional<SecretKey> key, long loadedAt, long erasuresSeen) {
    }

    public SubjectKeys(MongoDatabase database, Clock clock, Duration cacheFor) {
        this.keys = database.getCollection(COLLECTION);
        this.erasures = database.getCollection(ERASURES);
        this.clock = clock;
        this.cacheNanos = cacheFor.toNanos();
    }

    /** The subject's key, made on first use; for an erased subject a throwaway key, so what is written is lost at once. */
    SecretKey forWriting(String subject) {
        return forReading(subject).orElseGet(() -> isErased(subject) ? newKey() : create(subject));
    }

    /** The subject's key, or empty when the subject has none (never had one, or it was destroyed). */
    Optional<SecretKey> forReading(String subject) {
        Cached cached = cache.get(subject);
        long seen = erasuresSeen;
        if (cached != null && cached.key().isPresent() && cached.erasuresSeen() == seen
                && System.nanoTime() - cached.loadedAt() < cacheNanos) {
            return cached.key();
        }
        Optional<SecretKey> loaded = load(subject);
        cache.put(subject, new Cached(loaded, System.nanoTime(), seen));
        return loaded;
    }

    /**
     * Makes every later read see every key destroyed so far, by any application: reads the erasure count and,
     * if it moved since the last look, stops using every key cached before.
     */
    public void refresh() {
        Document counter = erasures.find(Filters.eq("_id", COUNTER)).first();
        long count = counter == null ? 0 : counter.get(COUNT, Number.class).longValue();
        if (count != erasuresSeen) {
            erasuresSeen = count;
            cache.clear();
        }
    }

    /** C8: destroys the subject's key; every stored copy of its personal data becomes unreadable. */
    public void destroy(String subject) {
        keys.replaceOne(Filters.eq("_id", subject),
                new Document("_id", subject).append(ERASED_AT, Date.from(clock.instant())),
                new com.mongodb.client.model.ReplaceOptions().upsert(true));
        erasures.updateOne(Filters.eq("_id", COUNTER), Updates.inc(COUNT, 1), new UpdateOptions().upsert(true));
        cache.remove(subject);
    }

    /** Drops a cached key after another application destroyed it. */
    public void forget(String subject) {
        cache.remove(subject);
    }

    public boolean isErased(String subject) {
        Document document = keys.find(Filters.eq("_id", subject)).first();
        return document != null && document.containsKey(ERASED_AT);
    }

    private Optional<SecretKey> load(String subject) {
        Document document = keys.find(Filters.eq("_id", subject)).first();
        if (document == null || !document.containsKey(KEY)) {
            return Optional.empty();
        }
        return Optional.of(new SecretKeySpec(document.get(KEY, Binary.class).getData(), "AES"));
    }

    private SecretKey create(String subject) {
        SecretKey key = newKey();
        try {
            keys.insertOne(new Document("_id", subject).append(KEY, new Binary(key.getEncoded()))
                    .append("createdAt", Date.from(clock.instant())));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            // another writer made the subject's key first: use theirs
            cache.remove(subject);
            return forReading(subject).orElseGet(SubjectKeys::newKey);
        }
        cache.put(subject, new Cached(Optional.of(key), System.nanoTime(), erasuresSeen));
        return key;
    }

    private static SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("AES is not available", e);
        }
    }
}
