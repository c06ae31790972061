package com.clientcare.command.complaint;

import com.clientcare.command.infra.CommandDispatcher;
import com.clientcare.command.infra.CreatedResponse;
import com.clientcare.command.infra.RecordIds;
import com.clientcare.command.infra.StatedBusinessTime;
import com.clientcare.shared.complaint.AcceptFinalResponseCommand;
import com.clientcare.shared.complaint.AcknowledgeComplaintCommand;
import com.clientcare.shared.complaint.AssessComplaintCommand;
import com.clientcare.shared.complaint.CompleteCorrectiveActionCommand;
import com.clientcare.shared.complaint.EscalateComplaintCommand;
import com.clientcare.shared.complaint.IssueFinalResponseCommand;
import com.clientcare.shared.complaint.LogComplaintCommand;
import com.clientcare.shared.complaint.NotifyInsurerCommand;
import com.clientcare.shared.complaint.RecordCorrectiveActionCommand;
import com.clientcare.shared.complaint.ReferComplaintCommand;
import com.clientcare.shared.complaint.RejectFinalResponseCommand;
import com.clientcare.shared.complaint.ReopenComplaintCommand;
import com.clientcare.shared.complaint.SendInitialResponseCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Complaint commands over HTTP (API.md, K1..K8). */
@RestController
@Validated
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
    public ResponseEntity<CreatedResponse> log(@Valid @RequestBody ComplaintRequests.Log body) {
        String id = RecordIds.orNew(body.id());
        dispatcher.dispatch(new LogComplaintCommand(id, body.clientId(), body.channel(), body.category(),
                body.description(), time.orNow(body.receivedAt()), Boolean.TRUE.equals(body.potentialClaim())));
        return CreatedResponse.at(COMPLAINTS, id);
    }

    @PostMapping("/{id}/acknowledgement")
    public ResponseEntity<Void> acknowledge(@PathVariable @Pattern(regexp = RecordIds.PATTERN) String id,
                                            @Valid @RequestBody(required = false) ComplaintRequests.SentAt body) {
        dispatcher.dispatch(new AcknowledgeComplaintCommand(id, time.orNow(body == null ? null : body.sentAt())));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/assessment")
    public ResponseEntity<Void> assess(@PathVariable @Pattern(regexp = RecordIds.PATTERN) String id,
                                       @Valid @RequestBody ComplaintRequests.Assessment body) {
        dispatcher.dispatch(new AssessComplaintCommand(id, time.orNow(body.assessedAt()), body.summary()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/initial-response")
    public ResponseEntity<Void> initialResponse(@PathVariable @Pattern(regexp = RecordIds.PATTERN) String id,
                                                @Valid @RequestBody(required = false) ComplaintRequests.RespondedAt body) {
        dispatcher.dispatch(new SendInitialResponseCommand(id, time.orNow(body == null ? null : body.respondedAt())));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/corrective-actions")
    public ResponseEntity<CreatedResponse> correctiveAction(@PathVariable @Pattern(regexp = RecordIds.PATTERN) String id,
                                                            @Valid @RequestBody ComplaintRequests.CorrectiveAction body) {
        String carId = RecordIds.orNew(body.id());
        dispatcher.dispatch(new RecordCorrectiveActionCommand(id, carId, body.problem(), body.action(),
                body.rectifyBy(), body.prevention(), time.orNow(null)));
        return CreatedResponse.at(COMPLAINTS + "/" + id + "/corrective-actions", carId);
    }

    @PostMapping("/{id}/corrective-actions/{carId}/completion")
    public ResponseEntity<Void> completeCorrectiveAction(@PathVariable @Pattern(regexp = RecordIds.PATTERN) String id,
                                                         @PathVariable @Pattern(regexp = RecordIds.PATTERN) String carId,
                                                         @Valid @RequestBody(required = false) ComplaintRequests.Completion body) {
        dispatcher.dispatch(new CompleteCorrectiveActionCommand(id, carId,
                time.orNow(body == null ? null : body.completedAt())));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/escalations")
    public ResponseEntity<Void> escalate(@PathVariable @Pattern(regexp = RecordIds.PATTERN) String id,
                                         @Valid @RequestBody ComplaintRequests.Escalation body) {
        dispatcher.dispatch(new EscalateComplaintCommand(id, body.reason(), null, time.orNow(null)));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/final-response")
    public ResponseEntity<Void> finalResponse(@PathVariable @Pattern(regexp = RecordIds.PATTERN) String id,
                                              @Valid @RequestBody ComplaintRequests.FinalResponse body) {
        dispatcher.dispatch(new IssueFinalResponseCommand(id, body.outcome(), body.remedy(),
                time.orNow(body.respondedAt())));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/acceptance")
    public ResponseEntity<Void> accept(@PathVariable @Pattern(regexp = RecordIds.PATTERN) String id) {
        dispatcher.dispatch(new AcceptFinalResponseCommand(id, time.orNow(null)));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/rejection")
    public ResponseEntity<Void> reject(@PathVariable @Pattern(regexp = RecordIds.PATTERN) String id,
                                       @Valid @RequestBody ComplaintRequests.Rejection body) {
        dispatcher.dispatch(new RejectFinalResponseCommand(id, body.reason(), time.orNow(null)));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/referral")
    public ResponseEntity<Void> refer(@PathVariable @Pattern(regexp = RecordIds.PATTERN) String id,
                                      @Valid @RequestBody ComplaintRequests.Referral body) {
        dispatcher.dispatch(new ReferComplaintCommand(id, body.body(), time.orNow(null)));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/insurer-notification")
    public ResponseEntity<Void> notifyInsurer(@PathVariable @Pattern(regexp = RecordIds.PATTERN) String id,
                                              @Valid @RequestBody ComplaintRequests.InsurerNotification body) {
        dispatcher.dispatch(new NotifyInsurerCommand(id, body.insurer(), time.orNow(body.notifiedAt())));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/reopening")
    public ResponseEntity<Void> reopen(@PathVariable @Pattern(regexp = RecordIds.PATTERN) String id,
                                       @Valid @RequestBody ComplaintRequests.Reopening body) {
        dispatcher.dispatch(new ReopenComplaintCommand(id, body.reason(), time.orNow(null)));
        return ResponseEntity.noContent().build();
    }
}
