package com.clientcare.shared.client;

public record FindClientQuery(String clientId) {
}
