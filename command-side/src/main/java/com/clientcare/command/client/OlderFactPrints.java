package com.clientcare.command.client;

import com.clientcare.command.rules.SameFact;

/**
 * The prints of a client's facts that have left the client's own window ({@link FactPrints}): what a retry of an
 * older fact is compared with and what a reply to an older interaction is dated against (C1..C7). Derived from the
 * client's events, never the source of truth; the client decides, given the print.
 */
interface OlderFactPrints {

    /**
     * The print of the client's fact under {@code key} if it was recorded at sequence number {@code through} or
     * before; null if none was. Later facts are the client's own to know: a copy that is ahead of it does not count.
     */
    SameFact.Print printOf(String clientId, long key, long through);
}
