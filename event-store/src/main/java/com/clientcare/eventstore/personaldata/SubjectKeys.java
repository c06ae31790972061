package com.clientcare.eventstore.personaldata;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
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
 * Keys are cached for a short time; another application notices a destruction within that time.
 */
public class SubjectKeys {

    static final String COLLECTION = "personal_data_keys";
    private static final String KEY = "key";
    private static final String ERASED_AT = "erasedAt";

    private final MongoCollection<Document> keys;
    private final Clock clock;
    private final long cacheNanos;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Optional<SecretKey> key, long loadedAt) {
    }

    public SubjectKeys(MongoDatabase database, Clock clock, Duration cacheFor) {
        this.keys = database.getCollection(COLLECTION);
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
        if (cached != null && cached.key().isPresent() && System.nanoTime() - cached.loadedAt() < cacheNanos) {
            return cached.key();
        }
        Optional<SecretKey> loaded = load(subject);
        cache.put(subject, new Cached(loaded, System.nanoTime()));
        return loaded;
    }

    /** C8: destroys the subject's key; every stored copy of its personal data becomes unreadable. */
    public void destroy(String subject) {
        keys.replaceOne(Filters.eq("_id", subject),
                new Document("_id", subject).append(ERASED_AT, Date.from(clock.instant())),
                new com.mongodb.client.model.ReplaceOptions().upsert(true));
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
        cache.put(subject, new Cached(Optional.of(key), System.nanoTime()));
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
