package com.clientcare.command.policy;

import com.clientcare.command.rules.BusinessRuleViolation;
import com.clientcare.command.rules.ConflictingRetry;
import com.clientcare.shared.policy.AdoptServicePolicyVersionCommand;
import com.clientcare.shared.policy.BankHoliday;
import com.clientcare.shared.policy.EnsureDefaultServicePolicyCommand;
import com.clientcare.shared.policy.HolidaySource;
import com.clientcare.shared.policy.ImportPublishedHolidaysCommand;
import com.clientcare.shared.policy.ReviewServicePolicyCommand;
import com.clientcare.shared.policy.ServicePolicyReviewedEvent;
import com.clientcare.shared.policy.ServicePolicyTerms;
import com.clientcare.shared.policy.ServicePolicyVersionAdoptedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** S6: the versioned service policy. Versions take effect in order, so history replays the same way. */
@Aggregate(cache = "servicePolicyCache")
public class ServicePolicy {

    @AggregateIdentifier
    private String policyId;
    private int versions;
    private Instant latestEffectiveFrom;
    private ServicePolicyTerms latestTerms;

    protected ServicePolicy() {
        // rehydrated from events by Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(AdoptServicePolicyVersionCommand command) {
        requireNoForeignStream();
        adopt(command.policyId(), command.terms(), command.effectiveFrom(), command.reason(), command.adoptedAt());
    }

    /**
     * A new version whose extra dates gain what the published list has and the rules of the latest version's
     * source lack; the rest of its terms are the latest version's. A list that adds nothing records nothing.
     */
    @CommandHandler
    public void handle(ImportPublishedHolidaysCommand command) {
        HolidaySource source = latestTerms.holidaySource();
        if (command.published().isEmpty()) {
            throw new BusinessRuleViolation("S6", "the published list names no bank holiday");
        }
        if (source == HolidaySource.NONE) {
            throw new BusinessRuleViolation("S6", "version " + versions + " follows no holiday source: adopt a"
                    + " version naming one before importing its published list");
        }
        TreeSet<LocalDate> extra = new TreeSet<>(latestTerms.publicHolidays());
        if (extra.addAll(PublishedHolidays.compare(source, command.published()).notByRules().stream()
                .map(BankHoliday::date).toList())) {
            adopt(policyId, latestTerms.withHolidays(source, List.copyOf(extra), latestTerms.removedHolidays()),
                    command.effectiveFrom(), command.reason(), command.adoptedAt());
        }
    }

    private void adopt(String id, ServicePolicyTerms terms, Instant effectiveFrom, String reason,
                       Instant adoptedAt) {
        requireSound(terms);
        if (effectiveFrom.isBefore(adoptedAt)) {
            throw new BusinessRuleViolation("S6", "a new version takes effect from now on (" + adoptedAt
                    + "), never in the past: deadlines already set stay as they were");
        }
        if (latestEffectiveFrom != null && effectiveFrom.isBefore(latestEffectiveFrom)) {
            throw new BusinessRuleViolation("S6", "a new version takes effect after the current one ("
                    + latestEffectiveFrom + "): a change of policy never rewrites past deadlines");
        }
        apply(new ServicePolicyVersionAdoptedEvent(id, versions + 1, terms, effectiveFrom, reason, adoptedAt));
    }

    /** Recorded once by the first application to start; later calls, and other instances, record nothing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(EnsureDefaultServicePolicyCommand command) {
        requireNoForeignStream();
        if (versions == 0) {
            apply(new ServicePolicyVersionAdoptedEvent(command.policyId(), 1, command.terms(), Instant.EPOCH,
                    "default policy", command.adoptedAt()));
        }
    }

    @CommandHandler
    public void handle(ReviewServicePolicyCommand command) {
        apply(new ServicePolicyReviewedEvent(policyId, command.outcome(), command.reviewedAt()));
    }

    @EventSourcingHandler
    void on(ServicePolicyVersionAdoptedEvent event) {
        policyId = event.policyId();
        versions = event.version();
        latestEffectiveFrom = event.effectiveFrom();
        latestTerms = LegacyHolidayList.read(event.terms());
    }

    /** The policy's id could have been taken by another kind of record; never append the policy to it. */
    private void requireNoForeignStream() {
        if (policyId == null && AggregateLifecycle.getVersion() != null) {
            throw new ConflictingRetry("the id of the service policy already names something else");
        }
    }

    private static void requireSound(ServicePolicyTerms terms) {
        if (terms.workingDays().isEmpty() || !terms.opensAt().isBefore(terms.closesAt())) {
            throw new BusinessRuleViolation("S6", "the business calendar needs at least one working day and"
                    + " opening hours that close after they open");
        }
        if (terms.holidaySource() == null) {
            throw new BusinessRuleViolation("S6", "the business calendar names its holiday source"
                    + " (ENGLAND_AND_WALES, SCOTLAND, NORTHERN_IRELAND or NONE)");
        }
    }
}
