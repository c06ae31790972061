package com.clientcare.query.client;

import java.util.List;

/** One page of the client list and how many clients the list holds in all. */
public record ClientPage(List<ClientSummary> clients, long total) {
}
