package com.clientcare.query.audit;

import com.clientcare.query.client.ClientSummary;

/** A client as it stood at an instant: a class of its own, since Axon matches query answers by their raw class. */
public record ClientAsOf(StateAsOf<ClientSummary> client) {
}
