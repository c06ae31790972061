package com.clientcare.shared.client;

public record FindClientInteractionsQuery(String clientId) {
}
