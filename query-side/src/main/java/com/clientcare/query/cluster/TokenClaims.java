package com.clientcare.query.cluster;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The segments of a processor as the token store holds them, for every instance at once (a processor's own
 * status shows only the segments this instance works on): who claims each, until when, and where it stands.
 * Read without claiming anything.
 */
@Component
public class TokenClaims {

    /** One segment: its owner ({@code pid@host}) while the claim is live, null when free or expired. */
    public record SegmentClaim(int segment, String owner, Instant claimedAt, Long position) {
    }

    private final MongoCollection<Document> tokens;
    private final Serializer serializer;
    private final Duration claimTimeout;
    private final Clock clock;

    public TokenClaims(MongoTemplate template, Serializer serializer,
                       @Value("${clientcare.processing.claim-timeout:10s}") Duration claimTimeout) {
        this.tokens = template.trackingTokensCollection();
        this.serializer = serializer;
        this.claimTimeout = claimTimeout;
        this.clock = Clock.systemUTC();
    }

    public Duration claimTimeout() {
        return claimTimeout;
    }

    public List<SegmentClaim> of(String processor) {
        return claimsOf(tokens.find(Filters.eq("processorName", processor))).getOrDefault(processor, List.of());
    }

    /**
     * The segments of every processor, by processor, in one read of the token store: a status page of all
     * projections asks once, not twice per projection, which on a store busy with a catch-up outlasted the query
     * timeout (#16).
     */
    public Map<String, List<SegmentClaim>> all() {
        return claimsOf(tokens.find());
    }

    /** The lowest position of the processor's segments: where the whole projection stands. */
    public OptionalLong position(String processor) {
        return positionOf(of(processor));
    }

    /** Where a processor with these segments stands: the lowest position, empty while any segment has none. */
    public static OptionalLong positionOf(List<SegmentClaim> claims) {
        if (claims.isEmpty() || claims.stream().anyMatch(claim -> claim.position() == null)) {
            return OptionalLong.empty();
        }
        return claims.stream().mapToLong(SegmentClaim::position).min();
    }

    private Map<String, List<SegmentClaim>> claimsOf(Iterable<Document> found) {
        Instant expired = clock.instant().minus(claimTimeout);
        Map<String, List<SegmentClaim>> claims = new HashMap<>();
        for (Document token : found) {
            Instant claimedAt = Instant.ofEpochMilli(token.getLong("timestamp"));
            String owner = claimedAt.isAfter(expired) ? token.getString("owner") : null;
            claims.computeIfAbsent(token.getString("processorName"), processor -> new ArrayList<>())
                    .add(new SegmentClaim(token.getInteger("segment"), owner, claimedAt, position(token)));
        }
        claims.values().forEach(ofProcessor -> ofProcessor.sort(Comparator.comparingInt(SegmentClaim::segment)));
        return claims;
    }

    private Long position(Document token) {
        Object data = token.get("token");
        if (data == null) {
            return null;
        }
        byte[] bytes = data instanceof Binary binary ? binary.getData() : (byte[]) data;
        TrackingToken tracking = serializer.deserialize(
                new SimpleSerializedObject<>(bytes, byte[].class, token.getString("tokenType"), null));
        OptionalLong position = tracking == null ? OptionalLong.empty() : tracking.position();
        return position.isPresent() ? position.getAsLong() : null;
    }
}
