package com.clientcare.command.client;

import com.clientcare.command.infra.CommandDispatcher;
import com.clientcare.command.infra.CreatedResponse;
import com.clientcare.command.infra.RecordIds;
import com.clientcare.command.infra.StatedBusinessTime;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Records a new fact in a client's file and answers 201 with where to read it. */
@Component
class ClientFacts {

    private final CommandDispatcher dispatcher;
    private final StatedBusinessTime businessTime;

    ClientFacts(CommandDispatcher dispatcher, StatedBusinessTime businessTime) {
        this.dispatcher = dispatcher;
        this.businessTime = businessTime;
    }

    ResponseEntity<CreatedResponse> record(String clientId, String collection, ClientFactRequest request) {
        String factId = RecordIds.orNew(request.id());
        dispatcher.dispatch(request.toCommand(clientId, factId, businessTime.orNow(request.businessTime())));
        return CreatedResponse.at(ClientCommandController.CLIENTS + "/" + clientId + "/" + collection, factId);
    }
}
