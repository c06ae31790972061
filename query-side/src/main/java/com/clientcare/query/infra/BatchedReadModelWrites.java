package com.clientcare.query.infra;

import com.clientcare.eventstore.processing.ProcessingFailures;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Each batch of events a live processor handles writes its read models once, at the end of the batch
 * ({@link ReadModelBatch#openShared()}): a document or bucket that several events of the batch change is written
 * once, not once per event. The writes are flushed while the last event is handled, so before the processor stores
 * its token: a batch whose writes fail is handled again from its first event, and nothing is written of a batch
 * whose handling failed (its held writes are dropped; every write is idempotent, so a batch handled twice leaves
 * what it left once).
 */
public class BatchedReadModelWrites implements MessageHandlerInterceptor<EventMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch)) {
            return chain.proceed();
        }
        if (batch.isFirstMessage()) {
            ReadModelBatch.current().ifPresent(ReadModelBatch::discard);
            ReadModelBatch opened = ReadModelBatch.openShared();
            batch.onCleanup(done -> opened.discard());
        }
        Object result;
        try {
            result = chain.proceed();
        } catch (Exception | Error failure) {
            ProcessingFailures.failedAt(unitOfWork.getMessage());
            throw failure;
        }
        if (batch.isLastMessage()) {
            ReadModelBatch.current().ifPresent(ReadModelBatch::close);
        }
        return result;
    }
}
