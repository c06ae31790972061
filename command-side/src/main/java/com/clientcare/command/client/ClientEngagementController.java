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

/** Understanding and matching the client's needs over HTTP: consultations, recommendations, agreements (C1, C4). */
@RestController
@Validated
@RequestMapping("/api/clients/{clientId}")
public class ClientEngagementController {

    private final CommandDispatcher dispatcher;
    private final BusinessTime businessTime;

    public ClientEngagementController(CommandDispatcher dispatcher, BusinessTime businessTime) {
        this.dispatcher = dispatcher;
        this.businessTime = businessTime;
    }

    @PostMapping("/consultations")
    public ResponseEntity<CreatedResponse> holdConsultation(@PathVariable @Pattern(regexp = Ids.PATTERN) String clientId,
                                                            @Valid @RequestBody HoldConsultationRequest body) {
        String id = Ids.orNew(body.id());
        dispatcher.dispatch(body.toCommand(clientId, id, businessTime.orNow(body.occurredAt())));
        return CreatedResponse.at(CLIENTS + "/" + clientId + "/consultations", id);
    }

    @PostMapping("/recommendations")
    public ResponseEntity<CreatedResponse> recommend(@PathVariable @Pattern(regexp = Ids.PATTERN) String clientId,
                                                     @Valid @RequestBody MakeRecommendationRequest body) {
        String id = Ids.orNew(body.id());
        dispatcher.dispatch(body.toCommand(clientId, id, businessTime.orNow(body.occurredAt())));
        return CreatedResponse.at(CLIENTS + "/" + clientId + "/recommendations", id);
    }

    @PostMapping("/agreements")
    public ResponseEntity<CreatedResponse> signAgreement(@PathVariable @Pattern(regexp = Ids.PATTERN) String clientId,
                                                         @Valid @RequestBody SignAgreementRequest body) {
        String id = Ids.orNew(body.id());
        dispatcher.dispatch(body.toCommand(clientId, id, businessTime.orNow(body.signedAt())));
        return CreatedResponse.at(CLIENTS + "/" + clientId + "/agreements", id);
    }
}
