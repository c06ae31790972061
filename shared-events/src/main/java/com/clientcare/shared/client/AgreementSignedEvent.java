package com.clientcare.shared.client;

import java.time.Instant;
import java.util.List;

/** C4: the client signed an agreement for options taken from one recommendation. */
public record AgreementSignedEvent(
        String clientId,
        String agreementId,
        String recommendationId,
        List<String> products,
        List<String> services,
        Instant signedAt) implements ClientEvent {
}
