package com.clientcare.command.client;

import com.clientcare.command.infra.CreatedResponse;
import com.clientcare.command.infra.RecordIds;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Understanding and matching the client's needs over HTTP: consultations, recommendations, agreements (C1, C4). */
@RestController
@Validated
@RequestMapping("/api/clients/{clientId}")
public class ClientEngagementController {

    private final ClientFacts facts;

    public ClientEngagementController(ClientFacts facts) {
        this.facts = facts;
    }

    @PostMapping("/consultations")
    public ResponseEntity<CreatedResponse> holdConsultation(@PathVariable @Pattern(regexp = RecordIds.PATTERN) String clientId,
                                                            @Valid @RequestBody HoldConsultationRequest body) {
        return facts.record(clientId, "consultations", body);
    }

    @PostMapping("/recommendations")
    public ResponseEntity<CreatedResponse> recommend(@PathVariable @Pattern(regexp = RecordIds.PATTERN) String clientId,
                                                     @Valid @RequestBody MakeRecommendationRequest body) {
        return facts.record(clientId, "recommendations", body);
    }

    @PostMapping("/agreements")
    public ResponseEntity<CreatedResponse> signAgreement(@PathVariable @Pattern(regexp = RecordIds.PATTERN) String clientId,
                                                         @Valid @RequestBody SignAgreementRequest body) {
        return facts.record(clientId, "agreements", body);
    }
}
