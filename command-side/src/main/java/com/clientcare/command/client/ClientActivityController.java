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

import static com.clientcare.command.client.ClientCommandController.CLIENTS;

/** The client activity database over HTTP: interactions, purchases, marketing and feedback (C5, C6, C7). */
@RestController
@Validated
@RequestMapping("/api/clients/{clientId}")
public class ClientActivityController {

    private final CommandDispatcher dispatcher;
    private final BusinessTime businessTime;

    public ClientActivityController(CommandDispatcher dispatcher, BusinessTime businessTime) {
        this.dispatcher = dispatcher;
        this.businessTime = businessTime;
    }

    @PostMapping("/interactions")
    public ResponseEntity<CreatedResponse> recordInteraction(@PathVariable @Pattern(regexp = Ids.PATTERN) String clientId,
                                                             @Valid @RequestBody RecordInteractionRequest body) {
        String id = Ids.orNew(body.id());
        dispatcher.dispatch(body.toCommand(clientId, id, businessTime.orNow(body.occurredAt())));
        return CreatedResponse.at(CLIENTS + "/" + clientId + "/interactions", id);
    }

    @PostMapping("/transactions")
    public ResponseEntity<CreatedResponse> recordTransaction(@PathVariable @Pattern(regexp = Ids.PATTERN) String clientId,
                                                             @Valid @RequestBody RecordTransactionRequest body) {
        String id = Ids.orNew(body.id());
        dispatcher.dispatch(body.toCommand(clientId, id, businessTime.orNow(body.occurredAt())));
        return CreatedResponse.at(CLIENTS + "/" + clientId + "/transactions", id);
    }

    @PostMapping("/marketing-messages")
    public ResponseEntity<CreatedResponse> sendMarketingMessage(@PathVariable @Pattern(regexp = Ids.PATTERN) String clientId,
                                                                @Valid @RequestBody SendMarketingMessageRequest body) {
        String id = Ids.orNew(body.id());
        dispatcher.dispatch(body.toCommand(clientId, id, businessTime.orNow(body.sentAt())));
        return CreatedResponse.at(CLIENTS + "/" + clientId + "/marketing-messages", id);
    }

    @PostMapping("/marketing-responses")
    public ResponseEntity<CreatedResponse> recordMarketingResponse(
            @PathVariable @Pattern(regexp = Ids.PATTERN) String clientId,
            @Valid @RequestBody RecordMarketingResponseRequest body) {
        String id = Ids.orNew(body.id());
        dispatcher.dispatch(body.toCommand(clientId, id, businessTime.orNow(body.occurredAt())));
        return CreatedResponse.at(CLIENTS + "/" + clientId + "/marketing-responses", id);
    }

    @PostMapping("/feedback")
    public ResponseEntity<CreatedResponse> recordFeedback(@PathVariable @Pattern(regexp = Ids.PATTERN) String clientId,
                                                          @Valid @RequestBody RecordFeedbackRequest body) {
        String id = Ids.orNew(body.id());
        dispatcher.dispatch(body.toCommand(clientId, id, businessTime.orNow(body.occurredAt())));
        return CreatedResponse.at(CLIENTS + "/" + clientId + "/feedback", id);
    }
}
