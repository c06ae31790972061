package com.clientcare.command.client;

import java.time.Instant;

/** A request that records a new fact in a client's file under an id the caller may choose (for retries). */
interface ClientFactRequest {

    /** The caller's id for the fact, or null for a new one. */
    String id();

    /** When the fact happened in the world, or null for now. */
    Instant businessTime();

    Object toCommand(String clientId, String factId, Instant at);
}
