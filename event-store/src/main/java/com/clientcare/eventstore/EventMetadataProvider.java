package com.clientcare.eventstore;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

import java.util.Map;

/**
 * Stamps every message produced while handling another with the user, the correlation id of the whole
 * conversation, and the id of the message that caused it.
 */
public class EventMetadataProvider implements CorrelationDataProvider {

    static final String ANONYMOUS = "anonymous";

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        var metaData = message.getMetaData();
        return Map.of(
                EventMetadata.USER, metaData.getOrDefault(EventMetadata.USER, ANONYMOUS),
                EventMetadata.CORRELATION_ID, metaData.getOrDefault(EventMetadata.CORRELATION_ID, message.getIdentifier()),
                EventMetadata.CAUSATION_ID, message.getIdentifier());
    }
}
