package com.clientcare.shared.client;

import java.time.Instant;

/** C8: the client's personal data was exported; who asked is in the metadata. */
public record PersonalDataExportedEvent(
        String clientId,
        Instant exportedAt) implements ClientEvent {
}
