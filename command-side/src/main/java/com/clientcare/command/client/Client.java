package com.clientcare.command.client;

import com.clientcare.command.infra.BusinessRuleViolation;
import com.clientcare.command.infra.ConflictingRetry;
import com.clientcare.shared.client.ClientRegisteredEvent;
import com.clientcare.shared.client.InteractionRecordedEvent;
import com.clientcare.shared.client.RecordInteractionCommand;
import com.clientcare.shared.client.RegisterClientCommand;
import com.clientcare.shared.client.Tier;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The client file (C1..C8): decides every client command from the client's own events. */
@Aggregate
public class Client {

    @AggregateIdentifier
    private String clientId;
    private ClientRegisteredEvent registration;
    private Tier tier;
    private final Map<String, InteractionRecordedEvent> interactions = new HashMap<>();

    protected Client() {
        // rehydrated from events by Axon
    }

    /** C1, C2. A retry with the same id and content records nothing; the same id with other content is refused. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegisterClientCommand command, ClientSegmentation segmentation) {
        Tier tier = segmentation.tierFor(command.annualRevenue());
        ClientRegisteredEvent registered = new ClientRegisteredEvent(command.clientId(), command.name(), command.kind(),
                command.contact(), command.annualRevenue(), tier, tier.engagementLevel(), command.accountManager(),
                command.preferredChannels(), command.marketingConsent(), command.registeredAt());
        if (registration != null) {
            if (!sameRegistration(registration, registered)) {
                throw new ConflictingRetry("client " + clientId + " is already registered with other details");
            }
            return;
        }
        apply(registered);
    }

    /** C5. An interaction may answer only an earlier interaction of the same client. */
    @CommandHandler
    public void handle(RecordInteractionCommand command) {
        InteractionRecordedEvent recorded = new InteractionRecordedEvent(clientId, command.interactionId(),
                command.channel(), command.direction(), command.purpose(), command.inReplyTo(), command.handledBy(),
                command.summary(), command.occurredAt(), tier);
        InteractionRecordedEvent earlier = interactions.get(command.interactionId());
        if (earlier != null) {
            if (!sameInteraction(earlier, recorded)) {
                throw new ConflictingRetry("interaction " + command.interactionId() + " is already recorded with other details");
            }
            return;
        }
        if (command.inReplyTo() != null && !interactions.containsKey(command.inReplyTo())) {
            throw new BusinessRuleViolation("C5", "inReplyTo names no interaction of client " + clientId
                    + ": " + command.inReplyTo());
        }
        apply(recorded);
    }

    @EventSourcingHandler
    void on(ClientRegisteredEvent event) {
        clientId = event.clientId();
        registration = event;
        tier = event.tier();
    }

    @EventSourcingHandler
    void on(InteractionRecordedEvent event) {
        interactions.put(event.interactionId(), event);
    }

    /** The business time of a retry defaults to "now" and so may differ; everything else must match. */
    private static boolean sameInteraction(InteractionRecordedEvent a, InteractionRecordedEvent b) {
        return a.equals(new InteractionRecordedEvent(b.clientId(), b.interactionId(), b.channel(), b.direction(),
                b.purpose(), b.inReplyTo(), b.handledBy(), b.summary(), a.occurredAt(), b.clientTier()));
    }

    /** The business time of a retry defaults to "now" and so may differ; everything else must match. */
    private static boolean sameRegistration(ClientRegisteredEvent a, ClientRegisteredEvent b) {
        return Objects.equals(a.name(), b.name()) && a.kind() == b.kind()
                && Objects.equals(a.contact(), b.contact())
                && Objects.equals(a.annualRevenue(), b.annualRevenue())
                && Objects.equals(a.accountManager(), b.accountManager())
                && Objects.equals(a.preferredChannels(), b.preferredChannels())
                && Objects.equals(a.marketingConsent(), b.marketingConsent());
    }
}
