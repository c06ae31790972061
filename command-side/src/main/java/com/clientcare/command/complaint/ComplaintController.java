package com.clientcare.command.complaint;

import com.clientcare.command.infra.CommandDispatcher;
import com.clientcare.command.infra.CreatedResponse;
import com.clientcare.command.infra.RecordIds;
import com.clientcare.command.infra.StatedBusinessTime;
import com.clientcare.shared.complaint.AcceptFinalResponseCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Complaint commands over HTTP (API.md, K1..K8). */
@RestController
@RequestMapping("/api/complaints")
public class ComplaintController {

    private static final String COMPLAINTS = "/api/complaints";

    private final CommandDispatcher dispatcher;
    private final StatedBusinessTime time;

    public ComplaintController(CommandDispatcher dispatcher, StatedBusinessTime time) {
        this.dispatcher = dispatcher;
        this.time = time;
    }

    @PostMapping
    public ResponseEntity<CreatedResponse> log(@Valid @RequestBody LogComplaintRequest body) {
        String id = RecordIds.orNew(body.id());
        dispatcher.dispatch(body.toCommand(id, time.orNow(body.receivedAt())));
        return CreatedResponse.at(COMPLAINTS, id);
    }

    @PostMapping("/{id}/acknowledgement")
    public ResponseEntity<Void> acknowledge(@PathVariable @Pattern(regexp = RecordIds.PATTERN) String id,
                                            @Valid @RequestBody(required = false) AcknowledgeComplaintRequest body) {
        AcknowledgeComplaintRequest request = body != null ? body : new AcknowledgeComplaintRequest(null);
        dispatcher.dispatch(request.toCommand(id, time.orNow(request.sentAt())));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/assessment")
    public ResponseEntity<Void> assess(@PathVariable @Pattern(regexp = RecordIds.PATTERN) String id,
                                       @Valid @RequestBody AssessComplaintRequest body) {
        dispatcher.dispatch(body.toCommand(id, time.orNow(body.assessedAt())));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/initial-response")
    public ResponseEntity<Void> initialResponse(@PathVariable @Pattern(regexp = RecordIds.PATTERN) String id,
                                                @Valid @RequestBody(required = false) SendInitialResponseRequest body) {
        SendInitialResponseRequest request = body != null ? body : new SendInitialResponseRequest(null);
        dispatcher.dispatch(request.toCommand(id, time.orNow(request.respondedAt())));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/corrective-actions")
    public ResponseEntity<CreatedResponse> correctiveAction(
            @PathVariable @Pattern(regexp = RecordIds.PATTERN) String id,
            @Valid @RequestBody RecordCorrectiveActionRequest body) {
        String carId = RecordIds.orNew(body.id());
        dispatcher.dispatch(body.toCommand(id, carId, time.orNow(null)));
        return CreatedResponse.at(COMPLAINTS + "/" + id + "/corrective-actions", carId);
    }

    @PostMapping("/{id}/corrective-actions/{carId}/completion")
    public ResponseEntity<Void> completeCorrectiveAction(
            @PathVariable @Pattern(regexp = RecordIds.PATTERN) String id,
            @PathVariable @Pattern(regexp = RecordIds.PATTERN) String carId,
            @Valid @RequestBody(required = false) CompleteCorrectiveActionRequest body) {
        CompleteCorrectiveActionRequest request = body != null ? body : new CompleteCorrectiveActionRequest(null);
        dispatcher.dispatch(request.toCommand(id, carId, time.orNow(request.completedAt())));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/escalations")
    public ResponseEntity<Void> escalate(@PathVariable @Pattern(regexp = RecordIds.PATTERN) String id,
                                         @Valid @RequestBody EscalateComplaintRequest body) {
        dispatcher.dispatch(body.toCommand(id, time.orNow(null)));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/final-response")
    public ResponseEntity<Void> finalResponse(@PathVariable @Pattern(regexp = RecordIds.PATTERN) String id,
                                              @Valid @RequestBody IssueFinalResponseRequest body) {
        dispatcher.dispatch(body.toCommand(id, time.orNow(body.respondedAt())));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/acceptance")
    public ResponseEntity<Void> accept(@PathVariable @Pattern(regexp = RecordIds.PATTERN) String id) {
        dispatcher.dispatch(new AcceptFinalResponseCommand(id, time.orNow(null)));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/rejection")
    public ResponseEntity<Void> reject(@PathVariable @Pattern(regexp = RecordIds.PATTERN) String id,
                                       @Valid @RequestBody RejectFinalResponseRequest body) {
        dispatcher.dispatch(body.toCommand(id, time.orNow(null)));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/referral")
    public ResponseEntity<Void> refer(@PathVariable @Pattern(regexp = RecordIds.PATTERN) String id,
                                      @Valid @RequestBody ReferComplaintRequest body) {
        dispatcher.dispatch(body.toCommand(id, time.orNow(null)));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/insurer-notification")
    public ResponseEntity<Void> notifyInsurer(@PathVariable @Pattern(regexp = RecordIds.PATTERN) String id,
                                              @Valid @RequestBody NotifyInsurerRequest body) {
        dispatcher.dispatch(body.toCommand(id, time.orNow(body.notifiedAt())));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/reopening")
    public ResponseEntity<Void> reopen(@PathVariable @Pattern(regexp = RecordIds.PATTERN) String id,
                                       @Valid @RequestBody ReopenComplaintRequest body) {
        dispatcher.dispatch(body.toCommand(id, time.orNow(null)));
        return ResponseEntity.noContent().build();
    }
}
