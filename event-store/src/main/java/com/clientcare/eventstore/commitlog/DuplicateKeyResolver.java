package com.clientcare.eventstore.commitlog;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;

/**
 * The engine's default answer to "is this failure a duplicate key?": MongoDB's duplicate-key errors (code 11000,
 * on a commit's key), and the same violation found by the engine itself inside one append
 * (two events with one sequence number or one identifier), which no single insert could report.
 */
public final class DuplicateKeyResolver implements PersistenceExceptionResolver {

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        if (exception instanceof DuplicateInAppend) {
            return true;
        }
        if (exception instanceof MongoWriteException write) {
            return write.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
        }
        if (exception instanceof MongoBulkWriteException bulk) {
            return bulk.getWriteErrors().stream()
                    .anyMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
        }
        return false;
    }

    /** Two events of one append claim one key: what a unique index would refuse had they been stored apart. */
    static final class DuplicateInAppend extends RuntimeException {

        DuplicateInAppend(String message) {
            super(message);
        }
    }
}
