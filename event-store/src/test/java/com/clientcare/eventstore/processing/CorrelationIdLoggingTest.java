package com.clientcare.eventstore.processing;

import com.clientcare.eventstore.EventMetadata;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class CorrelationIdLoggingTest {

    private final CorrelationIdLogging logging = new CorrelationIdLogging();

    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void a_handler_logs_with_the_correlation_id_of_its_message() throws Exception {
        AtomicReference<String> seen = new AtomicReference<>();

        logging.handle(unitOfWork("corr-1"), chain(() -> seen.set(MDC.get(CorrelationIdLogging.KEY))));

        assertThat(seen).hasValue("corr-1");
    }

    @Test
    void after_the_handler_the_logging_context_is_as_it_was() throws Exception {
        MDC.put(CorrelationIdLogging.KEY, "request");

        logging.handle(unitOfWork("corr-2"), chain(() -> { }));

        assertThat(MDC.get(CorrelationIdLogging.KEY)).isEqualTo("request");
    }

    @Test
    void a_message_without_a_correlation_id_leaves_the_context_alone() throws Exception {
        AtomicReference<String> seen = new AtomicReference<>("untouched");

        logging.handle(new DefaultUnitOfWork<>(GenericEventMessage.asEventMessage("x")),
                chain(() -> seen.set(MDC.get(CorrelationIdLogging.KEY))));

        assertThat(seen.get()).isNull();
    }

    private static DefaultUnitOfWork<?> unitOfWork(String correlationId) {
        return new DefaultUnitOfWork<>(GenericEventMessage.asEventMessage("x")
                .andMetaData(MetaData.with(EventMetadata.CORRELATION_ID, correlationId)));
    }

    private static InterceptorChain chain(Runnable handler) {
        return () -> {
            handler.run();
            return null;
        };
    }
}
