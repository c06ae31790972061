package com.clientcare.eventstore.processing;

import com.clientcare.eventstore.EventMetadata;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.MDC;

/**
 * Puts the correlation id of the message being handled into the logging context ({@code %X{correlationId}}), so
 * every line a command handler, an event processor or a query handler logs can be traced to the request that
 * began it, and to its events in the audit log.
 */
public class CorrelationIdLogging implements MessageHandlerInterceptor<Message<?>> {

    public static final String KEY = EventMetadata.CORRELATION_ID;

    @Override
    public Object handle(UnitOfWork<? extends Message<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object correlationId = unitOfWork.getMessage().getMetaData().get(EventMetadata.CORRELATION_ID);
        if (correlationId == null) {
            return chain.proceed();
        }
        String outer = MDC.get(KEY);
        MDC.put(KEY, correlationId.toString());
        try {
            return chain.proceed();
        } finally {
            if (outer == null) {
                MDC.remove(KEY);
            } else {
                MDC.put(KEY, outer);
            }
        }
    }
}
