package com.clientcare.command.client;

import com.clientcare.command.infra.BusinessTime;
import com.clientcare.command.infra.CommandDispatcher;
import com.clientcare.command.infra.CreatedResponse;
import com.clientcare.command.infra.Ids;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Records a new fact in a client's file and answers 201 with where to read it. */
@Component
class ClientFacts {

    private final CommandDispatcher dispatcher;
    private final BusinessTime businessTime;

    ClientFacts(CommandDispatcher dispatcher, BusinessTime businessTime) {
        this.dispatcher = dispatcher;
        this.businessTime = businessTime;
    }

    ResponseEntity<CreatedResponse> record(String clientId, String collection, ClientFactRequest request) {
        String factId = Ids.orNew(request.id());
        dispatcher.dispatch(request.toCommand(clientId, factId, businessTime.orNow(request.businessTime())));
        return CreatedResponse.at(ClientCommandController.CLIENTS + "/" + clientId + "/" + collection, factId);
    }
}
