package com.clientcare.query.version;

import com.clientcare.shared.common.FindAggregateVersionQuery;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;

import java.util.Optional;

/** A record served with its version as a strong ETag ({@code "7"}), when the query side has seen one. */
public final class Versions {

    private Versions() {
    }

    /** The version of aggregate {@code aggregateId} is asked of {@link AggregateVersions} through the gateway. */
    public static <T> ResponseEntity<T> tagged(QueryGateway queries, String aggregateId, T body) {
        Optional<Long> version = queries.query(new FindAggregateVersionQuery(aggregateId),
                ResponseTypes.optionalInstanceOf(Long.class)).join();
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        version.ifPresent(v -> ok.eTag("\"" + v + "\""));
        return ok.body(body);
    }
}
