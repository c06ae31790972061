package com.clientcare.command.client;

import com.clientcare.command.rules.BusinessRuleViolation;
import com.clientcare.command.rules.ConflictingRetry;
import com.clientcare.command.rules.NotPermitted;
import com.clientcare.command.rules.SameFact;
import com.clientcare.shared.client.AccountManagerReassignedEvent;
import com.clientcare.shared.client.AgreementSignedEvent;
import com.clientcare.shared.client.AnnualRevenueChangedEvent;
import com.clientcare.shared.client.ChangeAnnualRevenueCommand;
import com.clientcare.shared.client.ChangeMarketingConsentCommand;
import com.clientcare.shared.client.ClientRegisteredEvent;
import com.clientcare.shared.client.ConsultationHeldEvent;
import com.clientcare.shared.client.ErasePersonalDataCommand;
import com.clientcare.shared.client.ExportPersonalDataCommand;
import com.clientcare.shared.client.FeedbackReceivedEvent;
import com.clientcare.shared.client.HoldConsultationCommand;
import com.clientcare.shared.client.InteractionRecordedEvent;
import com.clientcare.shared.client.MakeRecommendationCommand;
import com.clientcare.shared.client.MarketingConsentChangedEvent;
import com.clientcare.shared.client.MarketingMessageSentEvent;
import com.clientcare.shared.client.MarketingResponseRecordedEvent;
import com.clientcare.shared.client.NewsletterSubscriptionChangedEvent;
import com.clientcare.shared.client.PersonalDataErasedEvent;
import com.clientcare.shared.client.PersonalDataExportedEvent;
import com.clientcare.shared.client.ReassignAccountManagerCommand;
import com.clientcare.shared.client.RecommendationMadeEvent;
import com.clientcare.shared.client.RecordFeedbackCommand;
import com.clientcare.shared.client.RecordInteractionCommand;
import com.clientcare.shared.client.RecordMarketingResponseCommand;
import com.clientcare.shared.client.RecordTransactionCommand;
import com.clientcare.shared.client.RegisterClientCommand;
import com.clientcare.shared.client.RewardsClubMembershipChangedEvent;
import com.clientcare.shared.client.SendMarketingMessageCommand;
import com.clientcare.shared.client.SetNewsletterSubscriptionCommand;
import com.clientcare.shared.client.SetRewardsClubMembershipCommand;
import com.clientcare.shared.client.SignAgreementCommand;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.client.TierChangedEvent;
import com.clientcare.shared.client.TransactionRecordedEvent;
import com.clientcare.shared.common.Channel;
import com.clientcare.shared.common.DataSubject;
import com.clientcare.shared.common.Money;
import com.clientcare.shared.common.PersonalData;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The client file (C1..C8): decides every client command from the client's own events. A snapshot of it holds
 * personal data, so it is sealed whole under the client's key (C8) and unreadable once that key is destroyed.
 */
@Aggregate(snapshotTriggerDefinition = "clientSnapshotTrigger", cache = "clientCache")
// 2: consent, tier and manager by business time; 3: facts kept as prints; 4: only the latest prints. Snapshots of
// another revision are passed over (the store's snapshot filter) and the client is rebuilt from its events.
@Revision("4")
@PersonalData
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Client {

    @AggregateIdentifier
    @DataSubject
    private String clientId;
    private ClientRegisteredEvent registration;
    private Tier tier;
    private Money annualRevenue;
    private String accountManager;
    /** Tier, account manager and consent per channel by business time: what a dated fact is decided by (C6, C7). */
    private final Timeline<Tier> tiers = new Timeline<>();
    private final Timeline<String> accountManagers = new Timeline<>();
    private final Map<Channel, Timeline<Boolean>> marketingConsent = new EnumMap<>(Channel.class);
    /** When a campaign first went out, by campaign and channel: a response answers a message sent (C5). */
    private final Map<String, Instant> campaignsSent = new HashMap<>();
    private boolean initialConsultationHeld;
    private String initialConsultationId;
    /** The options of each recommendation made: what an agreement may take (C4). */
    private final Map<String, Options> recommendations = new HashMap<>();
    private final Set<String> agreedRecommendations = new HashSet<>();
    /**
     * The latest facts created under a caller's id, by type and id: what a retry is compared with, and when it
     * happened; older ones are asked of {@link OlderFactPrints}, a handler parameter.
     */
    private final FactPrints facts = new FactPrints();
    private boolean rewardsClubMember;
    private boolean newsletterSubscribed;
    private PersonalDataErasedEvent erasure;

    protected Client() {
        // rehydrated from events by Axon
    }

    /** C1, C2. A retry with the same id and content records nothing; the same id with other content is refused. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegisterClientCommand command, ClientSegmentation segmentation) {
        Tier decided = segmentation.tierFor(command.annualRevenue());
        ClientRegisteredEvent registered = new ClientRegisteredEvent(command.clientId(), command.name(),
                command.kind(), command.contact(), command.annualRevenue(), decided, decided.engagementLevel(),
                command.accountManager(), command.preferredChannels(), command.marketingConsent(),
                command.registeredAt());
        if (registration == null && AggregateLifecycle.getVersion() != null) {
            throw new ConflictingRetry("the id " + command.clientId() + " already names something else");
        }
        if (registration != null) {
            if (!SameFact.as(registration, registered)) {
                throw new ConflictingRetry("client " + clientId + " is already registered with other details");
            }
            return;
        }
        apply(registered);
    }

    /** C2: a new revenue is always recorded; a tier change only when it crosses a boundary. */
    @CommandHandler
    public void handle(ChangeAnnualRevenueCommand command, ClientSegmentation segmentation) {
        requireNotErased();
        requireNotBeforeRegistration(command.changedAt(), "changedAt");
        Tier decided = segmentation.tierFor(command.annualRevenue());
        if (command.annualRevenue().amount().compareTo(annualRevenue.amount()) == 0
                && command.annualRevenue().currency().equals(annualRevenue.currency())) {
            return;
        }
        apply(new AnnualRevenueChangedEvent(clientId, annualRevenue, command.annualRevenue(), command.reason(),
                command.changedAt()));
        if (decided != tier) {
            apply(new TierChangedEvent(clientId, tier, decided, decided.engagementLevel(), command.reason(),
                    command.changedAt()));
        }
    }

    /** C3: one account manager at a time. */
    @CommandHandler
    public void handle(ReassignAccountManagerCommand command) {
        requireNotErased();
        requireNotBeforeRegistration(command.reassignedAt(), "reassignedAt");
        if (command.accountManager().equals(accountManager)) {
            return;
        }
        apply(new AccountManagerReassignedEvent(clientId, accountManager, command.accountManager(), command.reason(),
                command.reassignedAt()));
    }

    /** C6: consent is recorded per channel, and only where it changes from what was in force then. */
    @CommandHandler
    public void handle(ChangeMarketingConsentCommand command) {
        requireNotErased();
        requireNotBeforeRegistration(command.changedAt(), "changedAt");
        new TreeMap<>(command.consent()).forEach((channel, granted) -> {
            if (consentedTo(channel, command.changedAt()) != granted) {
                apply(new MarketingConsentChangedEvent(clientId, channel, granted, command.changedAt()));
            }
        });
    }

    /** C1: the first consultation is the initial one, and the client's rights must be explained in it. */
    @CommandHandler
    public void handle(HoldConsultationCommand command, OlderFactPrints older) {
        requireNotErased();
        ConsultationHeldEvent held = new ConsultationHeldEvent(clientId, command.consultationId(),
                !initialConsultationHeld || isInitial(command.consultationId()), command.occurredAt(),
                command.needs(), command.issues(), command.concerns(), command.rightsExplained(), command.handledBy());
        if (isRetry("consultation", command.consultationId(), held, older)) {
            return;
        }
        requireNotBeforeRegistration(command.occurredAt(), "occurredAt");
        if (held.initial() && !command.rightsExplained()) {
            throw new BusinessRuleViolation("C1", "the client's rights and responsibilities must be explained"
                    + " during the initial consultation");
        }
        apply(held);
    }

    /** C4: exactly two distinct products and two distinct services, after the initial consultation. */
    @CommandHandler
    public void handle(MakeRecommendationCommand command, OlderFactPrints older) {
        requireNotErased();
        RecommendationMadeEvent made = new RecommendationMadeEvent(clientId, command.recommendationId(),
                command.needsAnalysis(), command.products(), command.services(), command.recommendedBy(),
                command.occurredAt());
        if (isRetry("recommendation", command.recommendationId(), made, older)) {
            return;
        }
        requireNotBeforeRegistration(command.occurredAt(), "occurredAt");
        if (!initialConsultationHeld) {
            throw new BusinessRuleViolation("C4", "needs are analysed in the initial consultation (C1);"
                    + " hold it before recommending");
        }
        if (Set.copyOf(command.products()).size() != 2 || command.products().size() != 2
                || Set.copyOf(command.services()).size() != 2 || command.services().size() != 2) {
            throw new BusinessRuleViolation("C4", "a recommendation is exactly two different products and two"
                    + " different services; got products " + command.products() + " and services "
                    + command.services());
        }
        apply(made);
    }

    /** C4: an agreement takes the client's preferred options from one recommendation made to this client. */
    @CommandHandler
    public void handle(SignAgreementCommand command, OlderFactPrints older) {
        requireNotErased();
        AgreementSignedEvent signed = new AgreementSignedEvent(clientId, command.agreementId(),
                command.recommendationId(), command.products(), command.services(), command.signedAt());
        if (isRetry("agreement", command.agreementId(), signed, older)) {
            return;
        }
        requireNotBeforeRegistration(command.signedAt(), "signedAt");
        Options recommendation = recommendations.get(command.recommendationId());
        if (recommendation == null) {
            throw new BusinessRuleViolation("C4", "client " + clientId + " has no recommendation "
                    + command.recommendationId());
        }
        if (agreedRecommendations.contains(command.recommendationId())) {
            throw new BusinessRuleViolation("C4", "recommendation " + command.recommendationId()
                    + " already has a signed agreement");
        }
        if (command.products().isEmpty() && command.services().isEmpty()) {
            throw new BusinessRuleViolation("C4", "an agreement takes at least one recommended option");
        }
        if (!recommendation.products().containsAll(command.products())
                || !recommendation.services().containsAll(command.services())
                || Set.copyOf(command.products()).size() != command.products().size()
                || Set.copyOf(command.services()).size() != command.services().size()) {
            throw new BusinessRuleViolation("C4", "the options agreed must be among those recommended ("
                    + recommendation.products() + ", " + recommendation.services() + "), each once");
        }
        apply(signed);
    }

    /** C5. An interaction may answer only an earlier interaction of the same client, and not before it happened. */
    @CommandHandler
    public void handle(RecordInteractionCommand command, OlderFactPrints older) {
        requireNotErased();
        InteractionRecordedEvent recorded = new InteractionRecordedEvent(clientId, command.interactionId(),
                command.channel(), command.direction(), command.purpose(), command.inReplyTo(), command.handledBy(),
                command.summary(), command.occurredAt(), tier);
        if (isRetry("interaction", command.interactionId(), recorded, older)) {
            return;
        }
        requireNotBeforeRegistration(command.occurredAt(), "occurredAt");
        if (command.inReplyTo() != null) {
            SameFact.Print answeredFact = facts.of(clientId, InteractionRecordedEvent.class, command.inReplyTo(),
                    older);
            if (answeredFact == null) {
                throw new BusinessRuleViolation("C5", "inReplyTo", "inReplyTo names no interaction of client "
                        + clientId + ": " + command.inReplyTo());
            }
            Instant answered = answeredFact.at();
            if (command.occurredAt().isBefore(answered)) {
                throw new BusinessRuleViolation("C5", "occurredAt", "a reply cannot come before what it answers:"
                        + " interaction " + command.inReplyTo() + " happened at " + answered);
            }
        }
        apply(recorded);
    }

    /** C5: purchase history. */
    @CommandHandler
    public void handle(RecordTransactionCommand command, OlderFactPrints older) {
        requireNotErased();
        TransactionRecordedEvent recorded = new TransactionRecordedEvent(clientId, command.transactionId(),
                command.amount(), command.description(), command.occurredAt());
        if (!isRetry("transaction", command.transactionId(), recorded, older)) {
            requireNotBeforeRegistration(command.occurredAt(), "occurredAt");
            apply(recorded);
        }
    }

    /** C6: marketing goes out only on a channel the client had consented to when it was sent. */
    @CommandHandler
    public void handle(SendMarketingMessageCommand command, OlderFactPrints older) {
        requireNotErased();
        MarketingMessageSentEvent sent = new MarketingMessageSentEvent(clientId, command.messageId(),
                command.campaign(), command.channel(), command.sentAt());
        if (isRetry("marketing message", command.messageId(), sent, older)) {
            return;
        }
        requireNotBeforeRegistration(command.sentAt(), "sentAt");
        if (!consentedTo(command.channel(), command.sentAt())) {
            throw new BusinessRuleViolation("C6", "channel", "client " + clientId + " had not consented to"
                    + " marketing by " + command.channel() + " at " + command.sentAt());
        }
        apply(sent);
    }

    /** C5: responses to marketing stimuli: to a message of that campaign sent to the client on that channel. */
    @CommandHandler
    public void handle(RecordMarketingResponseCommand command, OlderFactPrints older) {
        requireNotErased();
        MarketingResponseRecordedEvent recorded = new MarketingResponseRecordedEvent(clientId, command.responseId(),
                command.campaign(), command.channel(), command.outcome(), command.occurredAt());
        if (isRetry("marketing response", command.responseId(), recorded, older)) {
            return;
        }
        Instant firstSent = campaignsSent.get(campaignKey(command.campaign(), command.channel()));
        if (firstSent == null) {
            throw new BusinessRuleViolation("C5", "campaign", "client " + clientId + " was sent no message of"
                    + " campaign " + command.campaign() + " by " + command.channel() + " to respond to");
        }
        if (command.occurredAt().isBefore(firstSent)) {
            throw new BusinessRuleViolation("C5", "occurredAt", "a response cannot come before the campaign's"
                    + " message, sent at " + firstSent);
        }
        apply(recorded);
    }

    /** C5: rewards-club membership, recorded when it changes. */
    @CommandHandler
    public void handle(SetRewardsClubMembershipCommand command) {
        requireNotErased();
        requireNotBeforeRegistration(command.changedAt(), "changedAt");
        if (command.member() != rewardsClubMember) {
            apply(new RewardsClubMembershipChangedEvent(clientId, command.member(), command.changedAt()));
        }
    }

    /** C5: newsletter subscription, recorded when it changes. */
    @CommandHandler
    public void handle(SetNewsletterSubscriptionCommand command) {
        requireNotErased();
        requireNotBeforeRegistration(command.changedAt(), "changedAt");
        if (command.subscribed() != newsletterSubscribed) {
            apply(new NewsletterSubscriptionChangedEvent(clientId, command.subscribed(), command.changedAt()));
        }
    }

    /**
     * C7: feedback keeps the tier and account manager in force when it was given (its business time, which may be
     * before it is recorded), for trends by tier and by manager.
     */
    @CommandHandler
    public void handle(RecordFeedbackCommand command, OlderFactPrints older) {
        requireNotErased();
        FeedbackReceivedEvent received = new FeedbackReceivedEvent(clientId, command.feedbackId(), command.csat(),
                command.nps(), command.comment(), command.context(), command.occurredAt(),
                tiers.at(command.occurredAt()), accountManagers.at(command.occurredAt()));
        if (!isRetry("feedback", command.feedbackId(), received, older)) {
            requireNotBeforeRegistration(command.occurredAt(), "occurredAt");
            apply(received);
        }
    }

    /** C8: erasing twice records it once. */
    @CommandHandler
    public void handle(ErasePersonalDataCommand command) {
        requireRegistered();
        if (erasure == null) {
            apply(new PersonalDataErasedEvent(clientId, command.reason(), command.erasedAt()));
        }
    }

    /** C8: every export is a recorded fact, also after erasure (it then shows what is left). */
    @CommandHandler
    public void handle(ExportPersonalDataCommand command) {
        requireRegistered();
        if (!command.administrator() && !command.requestedBy().equals(accountManager)) {
            throw new NotPermitted("only an administrator or the client's account manager may export the"
                    + " personal data of client " + clientId);
        }
        apply(new PersonalDataExportedEvent(clientId, command.exportedAt()));
    }

    /** When the client was registered (business time), for a complaint about it (K1); null if none is. */
    public Instant registeredAt() {
        return registration == null ? null : registration.registeredAt();
    }

    /** The client's tier now, which a complaint about it records (K1). */
    public Tier tier() {
        return tier;
    }

    /** Whether the client's personal data was erased: its file, complaints included, takes no new facts (C8). */
    public boolean erased() {
        return erasure != null;
    }

    @EventSourcingHandler
    void on(ClientRegisteredEvent event) {
        clientId = event.clientId();
        registration = event;
        tier = event.tier();
        annualRevenue = event.annualRevenue();
        accountManager = event.accountManager();
        tiers.change(event.registeredAt(), event.tier());
        accountManagers.change(event.registeredAt(), event.accountManager());
        event.marketingConsent().forEach((channel, granted) -> consentOn(channel).change(event.registeredAt(), granted));
    }

    @EventSourcingHandler
    void on(AnnualRevenueChangedEvent event) {
        annualRevenue = event.to();
    }

    @EventSourcingHandler
    void on(TierChangedEvent event) {
        tier = event.to();
        tiers.change(event.changedAt(), event.to());
    }

    @EventSourcingHandler
    void on(AccountManagerReassignedEvent event) {
        accountManager = event.to();
        accountManagers.change(event.reassignedAt(), event.to());
    }

    @EventSourcingHandler
    void on(MarketingConsentChangedEvent event) {
        consentOn(event.channel()).change(event.changedAt(), event.granted());
    }

    @EventSourcingHandler
    void on(ConsultationHeldEvent event, @SequenceNumber long sequence) {
        if (event.initial()) {
            initialConsultationId = event.consultationId();
        }
        initialConsultationHeld = true;
        facts.record(event, sequence);
    }

    @EventSourcingHandler
    void on(RecommendationMadeEvent event, @SequenceNumber long sequence) {
        recommendations.put(event.recommendationId(), new Options(event.products(), event.services()));
        facts.record(event, sequence);
    }

    @EventSourcingHandler
    void on(AgreementSignedEvent event, @SequenceNumber long sequence) {
        agreedRecommendations.add(event.recommendationId());
        facts.record(event, sequence);
    }

    @EventSourcingHandler
    void on(InteractionRecordedEvent event, @SequenceNumber long sequence) {
        facts.record(event, sequence);
    }

    @EventSourcingHandler
    void on(TransactionRecordedEvent event, @SequenceNumber long sequence) {
        facts.record(event, sequence);
    }

    @EventSourcingHandler
    void on(MarketingMessageSentEvent event, @SequenceNumber long sequence) {
        facts.record(event, sequence);
        campaignsSent.merge(campaignKey(event.campaign(), event.channel()), event.sentAt(),
                (earlier, later) -> earlier.isBefore(later) ? earlier : later);
    }

    @EventSourcingHandler
    void on(MarketingResponseRecordedEvent event, @SequenceNumber long sequence) {
        facts.record(event, sequence);
    }

    @EventSourcingHandler
    void on(RewardsClubMembershipChangedEvent event) {
        rewardsClubMember = event.member();
    }

    @EventSourcingHandler
    void on(NewsletterSubscriptionChangedEvent event) {
        newsletterSubscribed = event.subscribed();
    }

    @EventSourcingHandler
    void on(FeedbackReceivedEvent event, @SequenceNumber long sequence) {
        facts.record(event, sequence);
    }

    @EventSourcingHandler
    void on(PersonalDataErasedEvent event) {
        erasure = event;
    }

    /** A recommendation's options, all an agreement needs of it (C4). */
    private record Options(List<String> products, List<String> services) {
    }

    private boolean consentedTo(Channel channel, Instant at) {
        Timeline<Boolean> consent = marketingConsent.get(channel);
        return consent != null && Boolean.TRUE.equals(consent.at(at));
    }

    private Timeline<Boolean> consentOn(Channel channel) {
        return marketingConsent.computeIfAbsent(channel, unused -> new Timeline<>());
    }

    private static String campaignKey(String campaign, Channel channel) {
        return channel + ":" + campaign;
    }

    /** C1: the client file opens at registration (which may be back-dated); no fact of it is dated before. */
    private void requireNotBeforeRegistration(Instant at, String field) {
        if (at.isBefore(registration.registeredAt())) {
            throw new BusinessRuleViolation("C1", field, "client " + clientId + " was registered at "
                    + registration.registeredAt() + "; nothing of its file happened before that");
        }
    }

    private boolean isInitial(String consultationId) {
        return consultationId.equals(initialConsultationId);
    }

    /** True when the caller retries a fact already recorded under the same id; a different fact is a conflict. */
    private boolean isRetry(String kind, String id, Record fact, OlderFactPrints older) {
        SameFact.Print recorded = facts.of(clientId, fact.getClass(), id, older);
        if (recorded == null) {
            return false;
        }
        if (!SameFact.as(recorded, SameFact.printOf(fact))) {
            throw new ConflictingRetry(kind + " " + id + " of client " + clientId
                    + " is already recorded with other details");
        }
        return true;
    }

    /** Another kind of stream under this id is no client: 404, as for an unknown id. */
    private void requireRegistered() {
        if (registration == null) {
            throw new AggregateNotFoundException(String.valueOf(clientId), "no client is registered under this id");
        }
    }

    /** C8: once personal data is erased the client file is closed to new facts. */
    private void requireNotErased() {
        requireRegistered();
        if (erasure != null) {
            throw new BusinessRuleViolation("C8", "the personal data of client " + clientId + " was erased at "
                    + erasure.erasedAt() + "; the client file takes no new facts");
        }
    }
}
