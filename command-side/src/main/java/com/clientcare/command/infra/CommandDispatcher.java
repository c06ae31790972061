package com.clientcare.command.infra;

import com.clientcare.command.rules.SameFact;
import com.clientcare.eventstore.EventMetadata;
import com.clientcare.web.CorrelationIdFilter;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

import java.security.Principal;
import java.util.HashMap;
import java.util.Map;

/** Sends a command on behalf of the current HTTP request, carrying who asked and the request's correlation id. */
@Component
public class CommandDispatcher {

    private static final String ANONYMOUS = "anonymous";

    private final CommandGateway gateway;
    private final HttpServletRequest request;

    public CommandDispatcher(CommandGateway gateway, HttpServletRequest request) {
        this.gateway = gateway;
        this.request = request;
    }

    /**
     * Waits for the command to be decided and stored; a rejection surfaces as the handler's exception. An
     * {@code If-Match} goes along as the version the aggregate must be at ({@link ExpectedVersion}).
     */
    public void dispatch(Object command) {
        String correlationId = (String) request.getAttribute(CorrelationIdFilter.ATTRIBUTE);
        Principal principal = request.getUserPrincipal();
        Map<String, Object> values = new HashMap<>(Map.of(
                EventMetadata.USER, principal == null ? ANONYMOUS : principal.getName(),
                EventMetadata.CORRELATION_ID, correlationId,
                // the request itself is the first cause of the conversation
                EventMetadata.CAUSATION_ID, correlationId,
                SameFact.TIME_STATED, request.getAttribute(StatedBusinessTime.STATED) != null));
        Long expectedVersion = ExpectedVersion.fromHeader(request.getHeader(ExpectedVersion.HEADER));
        if (expectedVersion != null) {
            values.put(ExpectedVersion.METADATA, expectedVersion);
        }
        MetaData metaData = MetaData.from(values);
        gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
    }
}
