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

/** Understanding and matching the client's needs over HTTP: consultations, recommendations, agreements (C1, C4). */
@RestController
@RequestMapping("/api/clients/{clientId}")
public class ClientEngagementController {

    private final ClientFactRecorder facts;

    public ClientEngagementController(ClientFactRecorder facts) {
        this.facts = facts;
    }

    @PostMapping("/consultations")
    public ResponseEntity<CreatedResponse> holdConsultation(
            @PathVariable @Pattern(regexp = RecordIds.PATTERN) String clientId,
            @Valid @RequestBody HoldConsultationRequest body) {
        return CreatedResponse.at(factsPath(clientId, "consultations"), facts.record(clientId, body));
    }

    @PostMapping("/recommendations")
    public ResponseEntity<CreatedResponse> recommend(@PathVariable @Pattern(regexp = RecordIds.PATTERN) String clientId,
                                                     @Valid @RequestBody MakeRecommendationRequest body) {
        return CreatedResponse.at(factsPath(clientId, "recommendations"), facts.record(clientId, body));
    }

    @PostMapping("/agreements")
    public ResponseEntity<CreatedResponse> signAgreement(
            @PathVariable @Pattern(regexp = RecordIds.PATTERN) String clientId,
            @Valid @RequestBody SignAgreementRequest body) {
        return CreatedResponse.at(factsPath(clientId, "agreements"), facts.record(clientId, body));
    }
}
