package com.clientcare.command.client;

import com.clientcare.command.infra.CommandDispatcher;
import com.clientcare.command.infra.RecordIds;
import com.clientcare.command.infra.StatedBusinessTime;
import org.springframework.stereotype.Component;

/**
 * Records a requested fact in a client's file: under the caller's id (for retries) or a new one, at the business
 * time the request states or now.
 */
@Component
class ClientFactRecorder {

    private final CommandDispatcher dispatcher;
    private final StatedBusinessTime businessTime;

    ClientFactRecorder(CommandDispatcher dispatcher, StatedBusinessTime businessTime) {
        this.dispatcher = dispatcher;
        this.businessTime = businessTime;
    }

    /** @return the fact's id */
    String record(String clientId, ClientFactRequest request) {
        String factId = RecordIds.orNew(request.id());
        dispatcher.dispatch(request.toCommand(clientId, factId, businessTime.orNow(request.businessTime())));
        return factId;
    }
}
