package com.clientcare.query.client;

import java.util.List;

/** One page of a client's interaction history and how many match in all. */
public record InteractionPage(List<InteractionView> interactions, long total) {
}
