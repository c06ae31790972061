package com.clientcare.command.account;

import com.clientcare.command.infra.CommandDispatcher;
import com.clientcare.command.infra.CreatedResponse;
import com.clientcare.command.infra.RecordIds;
import com.clientcare.command.infra.StatedBusinessTime;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/** Client money over HTTP (API.md, "Client money", M1): the account and every movement through it. */
@RestController
@RequestMapping(ClientAccountController.ACCOUNTS)
public class ClientAccountController {

    static final String ACCOUNTS = "/api/client-accounts";

    private final CommandDispatcher dispatcher;
    private final StatedBusinessTime time;

    public ClientAccountController(CommandDispatcher dispatcher, StatedBusinessTime time) {
        this.dispatcher = dispatcher;
        this.time = time;
    }

    @PostMapping
    public ResponseEntity<CreatedResponse> open(@Valid @RequestBody OpenClientAccountRequest body) {
        String id = RecordIds.orNew(body.id());
        dispatcher.dispatch(body.toCommand(id, time.orNow(body.openedAt())));
        return CreatedResponse.at(ACCOUNTS, id);
    }

    @PostMapping("/{id}/receipts")
    public ResponseEntity<CreatedResponse> receive(@PathVariable @Pattern(regexp = RecordIds.PATTERN) String id,
                                                   @Valid @RequestBody RecordReceiptRequest body) {
        String receiptId = RecordIds.orNew(body.id());
        dispatcher.dispatch(body.toCommand(id, receiptId, time.orNow(body.receivedAt())));
        return movementCreated(id, receiptId);
    }

    @PutMapping("/{id}/draw-down-terms")
    public ResponseEntity<Void> agreeTerms(@PathVariable @Pattern(regexp = RecordIds.PATTERN) String id,
                                           @Valid @RequestBody AgreeDrawDownTermsRequest body) {
        dispatcher.dispatch(body.toCommand(id, time.orNow(body.agreedAt())));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/draw-downs")
    public ResponseEntity<CreatedResponse> drawDown(@PathVariable @Pattern(regexp = RecordIds.PATTERN) String id,
                                                    @Valid @RequestBody DrawDownMoneyRequest body) {
        String drawDownId = RecordIds.orNew(body.id());
        dispatcher.dispatch(body.toCommand(id, drawDownId, time.orNow(body.drawnAt())));
        return movementCreated(id, drawDownId);
    }

    @PostMapping("/{id}/refunds")
    public ResponseEntity<CreatedResponse> refund(@PathVariable @Pattern(regexp = RecordIds.PATTERN) String id,
                                                  @Valid @RequestBody RefundMoneyRequest body) {
        String refundId = RecordIds.orNew(body.id());
        dispatcher.dispatch(body.toCommand(id, refundId, time.orNow(body.refundedAt())));
        return movementCreated(id, refundId);
    }

    @PostMapping("/{id}/completion")
    public ResponseEntity<Void> complete(@PathVariable @Pattern(regexp = RecordIds.PATTERN) String id,
                                         @Valid @RequestBody(required = false) CompleteWorkRequest body) {
        CompleteWorkRequest request = body != null ? body : new CompleteWorkRequest(null);
        dispatcher.dispatch(request.toCommand(id, time.orNow(request.completedAt())));
        return ResponseEntity.noContent().build();
    }

    /** A movement is read as part of its account: its Location is the account, where it is listed. */
    private static ResponseEntity<CreatedResponse> movementCreated(String accountId, String movementId) {
        return ResponseEntity.created(URI.create(ACCOUNTS + "/" + accountId))
                .body(new CreatedResponse(movementId));
    }
}
