package com.clientcare.command.complaint;

import com.clientcare.shared.client.Tier;
import com.clientcare.shared.common.Channel;
import com.clientcare.shared.complaint.ComplaintAssessedEvent;
import com.clientcare.shared.complaint.ComplaintCategory;
import com.clientcare.shared.complaint.ComplaintEscalatedEvent;
import com.clientcare.shared.complaint.ComplaintLoggedEvent;
import com.clientcare.shared.complaint.ComplaintOutcome;
import com.clientcare.shared.complaint.ComplaintReopenedEvent;
import com.clientcare.shared.complaint.CorrectiveActionRecordedEvent;
import com.clientcare.shared.complaint.EscalationLevel;
import com.clientcare.shared.complaint.FinalResponseAcceptedEvent;
import com.clientcare.shared.complaint.FinalResponseIssuedEvent;
import com.clientcare.shared.complaint.FinalResponseRejectedEvent;
import com.clientcare.shared.complaint.IssueFinalResponseCommand;
import com.clientcare.shared.complaint.LogComplaintCommand;
import com.clientcare.shared.complaint.RecordCorrectiveActionCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matcher;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.is;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The given side of the {@link Complaint} tests: one complaint {@code k-1} of client {@code c-1}, the events of its
 * life so far, and the fixture that knows its client. Shared so that each test names only what it changes.
 */
final class ComplaintHistory {

    static final String ID = "k-1";
    static final Instant CLIENT_SINCE = Instant.parse("2026-01-05T09:00:00Z");
    static final Instant RECEIVED = Instant.parse("2026-03-02T10:00:00Z");
    static final Instant LATER = Instant.parse("2026-03-03T10:00:00Z");
    static final Instant REOPENED = Instant.parse("2026-04-01T10:00:00Z");
    static final Instant AFTER_REOPENING = Instant.parse("2026-04-02T10:00:00Z");
    static final String S5_CLOCK = "S5:complaint:k-1:0";

    private ComplaintHistory() {
    }

    /** A fixture whose client directory knows c-1 (Gold since {@link #CLIENT_SINCE}), c-erased (C8) and not c-404. */
    static AggregateTestFixture<Complaint> fixture() {
        AggregateTestFixture<Complaint> fixture = new AggregateTestFixture<>(Complaint.class);
        ClientDirectory clients = mock(ClientDirectory.class);
        when(clients.standingOf("c-1"))
                .thenReturn(Optional.of(new ClientDirectory.Standing(CLIENT_SINCE, Tier.GOLD, false)));
        when(clients.standingOf("c-erased"))
                .thenReturn(Optional.of(new ClientDirectory.Standing(CLIENT_SINCE, Tier.GOLD, true)));
        when(clients.standingOf("c-404")).thenReturn(Optional.empty());
        fixture.registerInjectableResource(clients);
        return fixture;
    }

    /** Refused by the rule, for the reason the message names. */
    static Matcher<Object> refusedBy(String rule, String reason) {
        return allOf(hasProperty("rule", is(rule)), hasProperty("message", containsString(reason)));
    }

    static LogComplaintCommand log(String clientId, String description) {
        return new LogComplaintCommand(ID, clientId, Channel.EMAIL, ComplaintCategory.SERVICE, description, RECEIVED,
                true);
    }

    static ComplaintLoggedEvent logged() {
        return new ComplaintLoggedEvent(ID, "c-1", Channel.EMAIL, ComplaintCategory.SERVICE, "slow", RECEIVED, true,
                EscalationLevel.ACCOUNT_MANAGER, Tier.GOLD);
    }

    static ComplaintAssessedEvent assessed() {
        return new ComplaintAssessedEvent(ID, LATER, "looked", 0);
    }

    static IssueFinalResponseCommand finalResponse(Instant at) {
        return new IssueFinalResponseCommand(ID, ComplaintOutcome.UPHELD, "refund", at);
    }

    static FinalResponseIssuedEvent finalResponseIssued() {
        return new FinalResponseIssuedEvent(ID, ComplaintOutcome.UPHELD, "refund", LATER, 0);
    }

    /** Logged, assessed and answered in full (K5): waiting for the client to accept or reject (K6). */
    static Object[] awaitingTheClientsAnswer() {
        return new Object[]{logged(), assessed(), finalResponseIssued()};
    }

    /** The first cycle closed by the client's acceptance (K6). */
    static Object[] resolved() {
        return then(awaitingTheClientsAnswer(), new FinalResponseAcceptedEvent(ID, LATER));
    }

    /** The first cycle closed by the client's rejection of the final response (K6). */
    static Object[] rejected() {
        return then(awaitingTheClientsAnswer(), new FinalResponseRejectedEvent(ID, "no", LATER));
    }

    /** Resolved, then reopened at the given moment: the second cycle (K8). */
    static Object[] reopenedAt(Instant at) {
        return then(resolved(), new ComplaintReopenedEvent(ID, "came back", at, 1));
    }

    /** The given history followed by more events. */
    static Object[] then(Object[] history, Object... more) {
        List<Object> events = new ArrayList<>(List.of(history));
        events.addAll(List.of(more));
        return events.toArray();
    }

    static RecordCorrectiveActionCommand recordCorrectiveAction(String action) {
        return new RecordCorrectiveActionCommand(ID, "car-1", "late filing", action, LocalDate.of(2026, 3, 10),
                "calendar reminders", LATER);
    }

    static CorrectiveActionRecordedEvent correctiveActionRecorded() {
        return new CorrectiveActionRecordedEvent(ID, "car-1", "late filing", "file now", LocalDate.of(2026, 3, 10),
                "calendar reminders", LATER);
    }

    /** Escalated by staff ({@code clock} null) or by the breach of the named clock (K4). */
    static ComplaintEscalatedEvent escalated(EscalationLevel from, EscalationLevel to, String clock) {
        return new ComplaintEscalatedEvent(ID, from, to, clock == null ? "unhappy" : "S5 breached", clock, LATER);
    }

    /** Escalated by staff through every level up to independent redress (K4). */
    static Object[] atTheLastLevel() {
        return new Object[]{logged(),
                escalated(EscalationLevel.ACCOUNT_MANAGER, EscalationLevel.CONFLICT_RESOLUTION, null),
                escalated(EscalationLevel.CONFLICT_RESOLUTION, EscalationLevel.REGIONAL_MD, null),
                escalated(EscalationLevel.REGIONAL_MD, EscalationLevel.CEO, null),
                escalated(EscalationLevel.CEO, EscalationLevel.INDEPENDENT_REDRESS, null)};
    }
}
