package com.clientcare.eventstore.commitlog;

import org.bson.Document;

import java.util.Date;

/**
 * A commit's place in the global log ({@code event_log}): its first global index as {@code _id}, the stream
 * commit it points to, how many events it holds, and the hash chaining it to the commit before it.
 */
record LogEntry(long position, String stream, int count, String hash) implements Run {

    static final String COLLECTION = "event_log";

    @Override
    public long start() {
        return position;
    }

    @Override
    public long end() {
        return position + count;
    }

    Document toDocument(Date recordedAt) {
        return new Document("_id", position).append("stream", stream).append("count", count)
                .append("recordedAt", recordedAt).append("hash", hash);
    }

    static LogEntry of(Document document) {
        return new LogEntry(((Number) document.get("_id")).longValue(), document.getString("stream"),
                document.getInteger("count"), document.getString("hash"));
    }
}
