package com.clientcare.shared.client;

/** All clients, or those of one tier when tier is not null. */
public record FindClientsQuery(Tier tier) {
}
