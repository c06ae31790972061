package com.clientcare.command.client;

import com.clientcare.command.infra.BusinessTime;
import com.clientcare.command.infra.CommandDispatcher;
import com.clientcare.command.infra.CreatedResponse;
import com.clientcare.command.infra.Ids;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Client commands over HTTP (API.md, command side). */
@RestController
@Validated
@RequestMapping("/api/clients")
public class ClientCommandController {

    private static final String CLIENTS = "/api/clients";

    private final CommandDispatcher dispatcher;
    private final BusinessTime businessTime;

    public ClientCommandController(CommandDispatcher dispatcher, BusinessTime businessTime) {
        this.dispatcher = dispatcher;
        this.businessTime = businessTime;
    }

    @PostMapping
    public ResponseEntity<CreatedResponse> register(@Valid @RequestBody RegisterClientRequest body) {
        String clientId = Ids.orNew(body.id());
        dispatcher.dispatch(body.toCommand(clientId, businessTime.orNow(body.registeredAt())));
        return CreatedResponse.at(CLIENTS, clientId);
    }

    @PostMapping("/{clientId}/interactions")
    public ResponseEntity<CreatedResponse> recordInteraction(
            @PathVariable @Pattern(regexp = Ids.PATTERN) String clientId,
            @Valid @RequestBody RecordInteractionRequest body) {
        String interactionId = Ids.orNew(body.id());
        dispatcher.dispatch(body.toCommand(clientId, interactionId, businessTime.orNow(body.occurredAt())));
        return CreatedResponse.at(CLIENTS + "/" + clientId + "/interactions", interactionId);
    }
}
