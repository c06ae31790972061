package com.clientcare.shared.client;

/** One page of all clients, or of those of one tier when tier is not null, oldest registration first. */
public record FindClientsQuery(Tier tier, int page, int size) {
}
