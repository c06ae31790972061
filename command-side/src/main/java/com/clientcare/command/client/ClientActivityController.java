package com.clientcare.command.client;

import com.clientcare.command.infra.CreatedResponse;
import com.clientcare.command.infra.RecordIds;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static com.clientcare.command.client.ClientCommandController.factsPath;

/** The client activity database over HTTP: interactions, purchases, marketing and feedback (C5, C6, C7). */
@RestController
@RequestMapping("/api/clients/{clientId}")
public class ClientActivityController {

    private final ClientFactRecorder facts;

    public ClientActivityController(ClientFactRecorder facts) {
        this.facts = facts;
    }

    @PostMapping("/interactions")
    public ResponseEntity<CreatedResponse> recordInteraction(
            @PathVariable @Pattern(regexp = RecordIds.PATTERN) String clientId,
            @Valid @RequestBody RecordInteractionRequest body) {
        return CreatedResponse.at(factsPath(clientId, "interactions"), facts.record(clientId, body));
    }

    @PostMapping("/transactions")
    public ResponseEntity<CreatedResponse> recordTransaction(
            @PathVariable @Pattern(regexp = RecordIds.PATTERN) String clientId,
            @Valid @RequestBody RecordTransactionRequest body) {
        return CreatedResponse.at(factsPath(clientId, "transactions"), facts.record(clientId, body));
    }

    @PostMapping("/marketing-messages")
    public ResponseEntity<CreatedResponse> sendMarketingMessage(
            @PathVariable @Pattern(regexp = RecordIds.PATTERN) String clientId,
            @Valid @RequestBody SendMarketingMessageRequest body) {
        return CreatedResponse.at(factsPath(clientId, "marketing-messages"), facts.record(clientId, body));
    }

    @PostMapping("/marketing-responses")
    public ResponseEntity<CreatedResponse> recordMarketingResponse(
            @PathVariable @Pattern(regexp = RecordIds.PATTERN) String clientId,
            @Valid @RequestBody RecordMarketingResponseRequest body) {
        return CreatedResponse.at(factsPath(clientId, "marketing-responses"), facts.record(clientId, body));
    }

    @PostMapping("/feedback")
    public ResponseEntity<CreatedResponse> recordFeedback(
            @PathVariable @Pattern(regexp = RecordIds.PATTERN) String clientId,
            @Valid @RequestBody RecordFeedbackRequest body) {
        return CreatedResponse.at(factsPath(clientId, "feedback"), facts.record(clientId, body));
    }
}
