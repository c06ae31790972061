package com.clientcare.command.client;

import com.clientcare.command.rules.SameFact;
import com.clientcare.shared.client.AgreementSignedEvent;
import com.clientcare.shared.client.ConsultationHeldEvent;
import com.clientcare.shared.client.FeedbackReceivedEvent;
import com.clientcare.shared.client.InteractionRecordedEvent;
import com.clientcare.shared.client.MarketingMessageSentEvent;
import com.clientcare.shared.client.MarketingResponseRecordedEvent;
import com.clientcare.shared.client.RecommendationMadeEvent;
import com.clientcare.shared.client.TransactionRecordedEvent;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The facts a client file recorded under a caller's id, kept as prints rather than the facts: what a retry is
 * compared with (C1..C7: the same id and content records nothing, the same id with other content is refused) and
 * when it happened (a reply never precedes what it answers, C5). The file keeps the prints of its latest
 * {@value #WINDOW} facts; older ones are asked of {@link OlderFactPrints}, derived from the same events, so that a
 * snapshot stays small however long the file (#16: under 16 KB after 10,000 interactions). A fact is keyed by a
 * 64-bit digest of its type and id; in a snapshot each print takes {@value #BYTES} bytes (key, content digest,
 * business time).
 */
final class FactPrints {

    /** Enough for a retry or a reply within the last few hundred facts to need no read of the store. */
    static final int WINDOW = 200;
    static final int BYTES = 8 + 8 + 8 + 4;

    /** The latest prints, in the order recorded, so that a snapshot of the same facts is the same bytes. */
    private final Map<Long, SameFact.Print> latest = new LinkedHashMap<>();
    /** Every print that left the window was recorded at this sequence number or before; -1 while none has. */
    private long olderThrough = -1;

    FactPrints() {
    }

    /** The id an event of the client file records a fact under; null for an event that records no such fact. */
    static String idOf(Object event) {
        if (event instanceof ConsultationHeldEvent held) {
            return held.consultationId();
        } else if (event instanceof RecommendationMadeEvent made) {
            return made.recommendationId();
        } else if (event instanceof AgreementSignedEvent signed) {
            return signed.agreementId();
        } else if (event instanceof InteractionRecordedEvent recorded) {
            return recorded.interactionId();
        } else if (event instanceof TransactionRecordedEvent recorded) {
            return recorded.transactionId();
        } else if (event instanceof MarketingMessageSentEvent sent) {
            return sent.messageId();
        } else if (event instanceof MarketingResponseRecordedEvent recorded) {
            return recorded.responseId();
        } else if (event instanceof FeedbackReceivedEvent received) {
            return received.feedbackId();
        }
        return null;
    }

    static long key(Class<?> type, String id) {
        return SameFact.digest(type.getSimpleName() + ":" + id);
    }

    /** Records the fact the event states, if it states one; {@code sequence} is the event's in the client's stream. */
    void record(Record event, long sequence) {
        String id = idOf(event);
        if (id == null) {
            return;
        }
        latest.put(key(event.getClass(), id), SameFact.printOf(event));
        if (latest.size() > WINDOW) {
            Iterator<Long> eldest = latest.keySet().iterator();
            eldest.next();
            eldest.remove();
            olderThrough = sequence - 1;
        }
    }

    /** The print of the fact of this type recorded under this id; null if none. */
    SameFact.Print of(String clientId, Class<? extends Record> type, String id, OlderFactPrints older) {
        long key = key(type, id);
        SameFact.Print print = latest.get(key);
        if (print != null || olderThrough < 0) {
            return print;
        }
        return older.printOf(clientId, key, olderThrough);
    }

    @JsonValue
    String packed() {
        ByteBuffer bytes = ByteBuffer.allocate(8 + latest.size() * BYTES).putLong(olderThrough);
        latest.forEach((key, print) -> bytes.putLong(key).putLong(print.content())
                .putLong(print.at().getEpochSecond()).putInt(print.at().getNano()));
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    @JsonCreator
    static FactPrints unpacked(String packed) {
        FactPrints prints = new FactPrints();
        ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(packed));
        prints.olderThrough = bytes.getLong();
        while (bytes.hasRemaining()) {
            prints.latest.put(bytes.getLong(), new SameFact.Print(bytes.getLong(),
                    Instant.ofEpochSecond(bytes.getLong(), bytes.getInt())));
        }
        return prints;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FactPrints prints && olderThrough == prints.olderThrough
                && latest.equals(prints.latest);
    }

    @Override
    public int hashCode() {
        return latest.hashCode() * 31 + Long.hashCode(olderThrough);
    }
}
