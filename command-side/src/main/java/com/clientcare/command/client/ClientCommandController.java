package com.clientcare.command.client;

import com.clientcare.command.infra.CommandDispatcher;
import com.clientcare.command.infra.CreatedResponse;
import com.clientcare.command.infra.RecordIds;
import com.clientcare.command.infra.StatedBusinessTime;
import com.clientcare.shared.client.ChangeMarketingConsentCommand;
import com.clientcare.shared.common.Channel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** The client file over HTTP: registration and the client's standing details (C1, C2, C3, C5, C6). */
@RestController
@RequestMapping("/api/clients")
public class ClientCommandController {

    static final String CLIENTS = "/api/clients";

    /** Where the query side serves the facts of one kind in a client's file. */
    static String factsPath(String clientId, String collection) {
        return CLIENTS + "/" + clientId + "/" + collection;
    }

    private final CommandDispatcher dispatcher;
    private final StatedBusinessTime businessTime;

    public ClientCommandController(CommandDispatcher dispatcher, StatedBusinessTime businessTime) {
        this.dispatcher = dispatcher;
        this.businessTime = businessTime;
    }

    @PostMapping
    public ResponseEntity<CreatedResponse> register(@Valid @RequestBody RegisterClientRequest body) {
        String clientId = RecordIds.orNew(body.id());
        dispatcher.dispatch(body.toCommand(clientId, businessTime.orNow(body.registeredAt())));
        return CreatedResponse.at(CLIENTS, clientId);
    }

    @PutMapping("/{clientId}/annual-revenue")
    public ResponseEntity<Void> changeAnnualRevenue(@PathVariable @Pattern(regexp = RecordIds.PATTERN) String clientId,
                                                    @Valid @RequestBody ChangeAnnualRevenueRequest body) {
        dispatcher.dispatch(body.toCommand(clientId, businessTime.orNow(body.changedAt())));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{clientId}/account-manager")
    public ResponseEntity<Void> reassignAccountManager(
            @PathVariable @Pattern(regexp = RecordIds.PATTERN) String clientId,
            @Valid @RequestBody ReassignAccountManagerRequest body) {
        dispatcher.dispatch(body.toCommand(clientId, businessTime.orNow(body.reassignedAt())));
        return ResponseEntity.noContent().build();
    }

    /** The body is the consent per channel, e.g. {@code {"EMAIL": true, "SMS": false}}. */
    @PutMapping("/{clientId}/marketing-consent")
    public ResponseEntity<Void> changeMarketingConsent(
            @PathVariable @Pattern(regexp = RecordIds.PATTERN) String clientId,
            @RequestBody @NotEmpty Map<@NotNull Channel, @NotNull Boolean> body) {
        dispatcher.dispatch(new ChangeMarketingConsentCommand(clientId, Map.copyOf(body), businessTime.orNow(null)));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{clientId}/rewards-club")
    public ResponseEntity<Void> setRewardsClubMembership(
            @PathVariable @Pattern(regexp = RecordIds.PATTERN) String clientId,
            @Valid @RequestBody RewardsClubRequest body) {
        dispatcher.dispatch(body.toCommand(clientId, businessTime.orNow(body.changedAt())));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{clientId}/newsletter")
    public ResponseEntity<Void> setNewsletterSubscription(
            @PathVariable @Pattern(regexp = RecordIds.PATTERN) String clientId,
            @Valid @RequestBody NewsletterRequest body) {
        dispatcher.dispatch(body.toCommand(clientId, businessTime.orNow(body.changedAt())));
        return ResponseEntity.noContent().build();
    }
}
