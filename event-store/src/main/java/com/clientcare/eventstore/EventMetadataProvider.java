package com.clientcare.eventstore;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

import java.util.Map;

/**
 * Stamps every message produced while handling another with the user, the correlation id of the whole
 * conversation, and the id of what caused it. Commands are never stored, so what a command records names the
 * command's own cause (the event that led to it, or the request), which an auditor can find.
 */
public class EventMetadataProvider implements CorrelationDataProvider {

    static final String ANONYMOUS = "anonymous";

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        var metaData = message.getMetaData();
        Object cause = message instanceof CommandMessage<?> && metaData.containsKey(EventMetadata.CAUSATION_ID)
                ? metaData.get(EventMetadata.CAUSATION_ID) : message.getIdentifier();
        return Map.of(
                EventMetadata.USER, metaData.getOrDefault(EventMetadata.USER, ANONYMOUS),
                EventMetadata.CORRELATION_ID, metaData.getOrDefault(EventMetadata.CORRELATION_ID, message.getIdentifier()),
                EventMetadata.CAUSATION_ID, cause);
    }
}
