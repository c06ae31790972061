package com.clientcare.shared.complaint;

/**
 * A page of the complaints log, newest first; null filters match all; {@code awaitingInsurerNotification}
 * selects potential claims not yet notified (K7).
 */
public record FindComplaintsQuery(
        ComplaintStatus status,
        String clientId,
        ComplaintCategory category,
        Boolean awaitingInsurerNotification,
        int page,
        int size) {
}
