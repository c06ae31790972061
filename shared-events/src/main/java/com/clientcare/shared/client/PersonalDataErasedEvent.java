package com.clientcare.shared.client;

import java.time.Instant;

/** C8: the client's personal data was erased: its key is destroyed, so every copy of it is unreadable. */
public record PersonalDataErasedEvent(
        String clientId,
        String reason,
        Instant erasedAt) implements ClientEvent {
}
