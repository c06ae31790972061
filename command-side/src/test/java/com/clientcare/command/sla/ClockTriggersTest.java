package com.clientcare.command.sla;

import com.clientcare.shared.client.Direction;
import com.clientcare.shared.client.InteractionPurpose;
import com.clientcare.shared.client.InteractionRecordedEvent;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.common.Channel;
import com.clientcare.shared.complaint.ComplaintAssessedEvent;
import com.clientcare.shared.complaint.ComplaintCategory;
import com.clientcare.shared.complaint.ComplaintLoggedEvent;
import com.clientcare.shared.complaint.ComplaintOutcome;
import com.clientcare.shared.complaint.ComplaintReopenedEvent;
import com.clientcare.shared.complaint.EscalateComplaintCommand;
import com.clientcare.shared.complaint.EscalationLevel;
import com.clientcare.shared.complaint.FinalResponseIssuedEvent;
import com.clientcare.shared.complaint.InitialResponseSentEvent;
import com.clientcare.shared.sla.ClockBreachedEvent;
import com.clientcare.shared.sla.ServiceLevelRule;
import com.clientcare.shared.sla.StartClockCommand;
import com.clientcare.shared.sla.StopClockCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

/**
 * Which facts start and stop which clock (S1..S5) and what a breach asks of its complaint (K4), as
 * {@link ClockTriggers} routes them (#15, #20): each route with the rule, tier and time the clock starts with, and
 * the facts next to it that start or stop nothing.
 */
class ClockTriggersTest {

    private static final String CLIENT = "c-1";
    private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-03T10:00:00Z");

    private final CommandGateway commands = mock(CommandGateway.class);
    private final ComplaintLoggedEvents complaints = mock(ComplaintLoggedEvents.class);
    private final ClockTriggers triggers = new ClockTriggers(commands);

    /** Each rule's own tier, so that a tier not taken from the event fails one of them. */
    @ParameterizedTest(name = "{0}: an {2} {1} {3} starts {0} at its time with the {4} tier it was recorded under")
    @CsvSource({
            "S1, EMAIL, INBOUND, ENQUIRY, PLATINUM",
            "S2, PHONE, INBOUND, ENQUIRY, BRONZE",
            "S3, MEETING, OUTBOUND, MEETING, SILVER"})
    void s1_s2_s3_an_interaction_starts_its_rules_clock_at_its_time_with_the_tier_it_was_recorded_under(
            ServiceLevelRule rule, Channel channel, Direction direction, InteractionPurpose purpose, Tier tier) {
        triggers.on(new InteractionRecordedEvent(CLIENT, "i-1", channel, direction, purpose, null, "alice", "fees", AT,
                tier));
        verify(commands).sendAndWait(new StartClockCommand(rule + ":interaction:c-1:i-1", rule, "i-1", CLIENT, null,
                tier, AT));
        verifyNoMoreInteractions(commands);
    }

    @ParameterizedTest(name = "S1, S2: an {1} {0} {2} starts no clock")
    @CsvSource({
            "SMS, INBOUND, ENQUIRY",
            "EMAIL, OUTBOUND, ENQUIRY",
            "PHONE, OUTBOUND, ENQUIRY",
            "EMAIL, INBOUND, OTHER",
            "PHONE, INBOUND, OTHER"})
    void s1_s2_only_an_inbound_email_or_phone_enquiry_starts_an_enquiry_clock(Channel channel, Direction direction,
                                                                            InteractionPurpose purpose) {
        triggers.on(interaction("i-1", channel, direction, purpose, null));
        verifyNoInteractions(commands);
    }

    @Test
    void s1_s2_an_outbound_response_in_reply_stops_the_answered_enquirys_clocks() {
        triggers.on(interaction("i-2", Channel.EMAIL, Direction.OUTBOUND, InteractionPurpose.RESPONSE, "i-1"));
        verify(commands).sendAndWait(new StopClockCommand("S1:interaction:c-1:i-1", AT, "response i-2"));
        verify(commands).sendAndWait(new StopClockCommand("S2:interaction:c-1:i-1", AT, "response i-2"));
        verifyNoMoreInteractions(commands);
    }

    @Test
    void s1_s2_a_response_to_an_enquiry_whose_clock_never_started_is_passed_over() {
        when(commands.sendAndWait(new StopClockCommand("S1:interaction:c-1:i-1", AT, "response i-2")))
                .thenThrow(new AggregateNotFoundException("S1:interaction:c-1:i-1", "no such clock"));
        triggers.on(interaction("i-2", Channel.PHONE, Direction.OUTBOUND, InteractionPurpose.RESPONSE, "i-1"));
        verify(commands).sendAndWait(new StopClockCommand("S2:interaction:c-1:i-1", AT, "response i-2"));
    }

    @Test
    void s1_s2_a_stop_that_fails_for_another_reason_fails_the_event_so_that_it_is_handled_again() {
        when(commands.sendAndWait(new StopClockCommand("S1:interaction:c-1:i-1", AT, "response i-2")))
                .thenThrow(new IllegalStateException("store down"));
        InteractionRecordedEvent response = interaction("i-2", Channel.EMAIL, Direction.OUTBOUND,
                InteractionPurpose.RESPONSE, "i-1");
        assertThatThrownBy(() -> triggers.on(response)).hasMessage("store down");
    }

    @Test
    void s1_s2_an_inbound_response_stops_no_clock() {
        triggers.on(interaction("i-2", Channel.EMAIL, Direction.INBOUND, InteractionPurpose.RESPONSE, "i-1"));
        verifyNoInteractions(commands);
    }

    @Test
    void s1_s2_a_response_in_reply_to_nothing_stops_no_clock() {
        triggers.on(interaction("i-2", Channel.EMAIL, Direction.OUTBOUND, InteractionPurpose.RESPONSE, null));
        verifyNoInteractions(commands);
    }

    @Test
    void s3_a_follow_up_in_reply_to_the_meeting_stops_s3_and_no_enquirys_clock() {
        triggers.on(interaction("i-2", Channel.PHONE, Direction.OUTBOUND, InteractionPurpose.FOLLOW_UP, "i-1"));
        verify(commands).sendAndWait(new StopClockCommand("S3:interaction:c-1:i-1", AT, "follow-up i-2"));
        verifyNoMoreInteractions(commands);
    }

    @Test
    void s3_a_follow_up_from_the_client_stops_no_clock() {
        triggers.on(interaction("i-2", Channel.PHONE, Direction.INBOUND, InteractionPurpose.FOLLOW_UP, "i-1"));
        verifyNoInteractions(commands);
    }

    @Test
    void s3_a_follow_up_in_reply_to_nothing_stops_no_clock() {
        triggers.on(interaction("i-2", Channel.PHONE, Direction.OUTBOUND, InteractionPurpose.FOLLOW_UP, null));
        verifyNoInteractions(commands);
    }

    @Test
    void s2_s4_s5_a_logged_complaint_starts_its_three_clocks_at_receipt() {
        triggers.on(logged());
        verify(commands).sendAndWait(startOfComplaint(ServiceLevelRule.S2, 0, AT));
        verify(commands).sendAndWait(startOfComplaint(ServiceLevelRule.S4, 0, AT));
        verify(commands).sendAndWait(startOfComplaint(ServiceLevelRule.S5, 0, AT));
        verifyNoMoreInteractions(commands);
    }

    @Test
    void k8_a_reopening_starts_s4_and_s5_of_the_new_cycle_at_the_reopening() {
        when(complaints.of("k-1")).thenReturn(Optional.of(logged()));
        triggers.on(new ComplaintReopenedEvent("k-1", "came back", LATER, 1), complaints);
        verify(commands).sendAndWait(startOfComplaint(ServiceLevelRule.S4, 1, LATER));
        verify(commands).sendAndWait(startOfComplaint(ServiceLevelRule.S5, 1, LATER));
        verifyNoMoreInteractions(commands);
    }

    @Test
    void k8_the_reopening_of_a_complaint_never_logged_starts_no_clock() {
        when(complaints.of("k-1")).thenReturn(Optional.empty());
        triggers.on(new ComplaintReopenedEvent("k-1", "came back", LATER, 1), complaints);
        verifyNoInteractions(commands);
    }

    @Test
    void s2_the_initial_response_stops_s2() {
        triggers.on(new InitialResponseSentEvent("k-1", LATER));
        verify(commands).sendAndWait(new StopClockCommand("S2:complaint:k-1:0", LATER, "initial response"));
        verifyNoMoreInteractions(commands);
    }

    @Test
    void s4_the_assessment_stops_s4_of_its_cycle() {
        triggers.on(new ComplaintAssessedEvent("k-1", LATER, "looked", 1));
        verify(commands).sendAndWait(new StopClockCommand("S4:complaint:k-1:1", LATER, "assessment"));
        verifyNoMoreInteractions(commands);
    }

    @Test
    void s2_s5_the_final_response_stops_s2_and_s5_of_its_cycle() {
        triggers.on(new FinalResponseIssuedEvent("k-1", ComplaintOutcome.UPHELD, "refund", LATER, 1));
        verify(commands).sendAndWait(new StopClockCommand("S2:complaint:k-1:0", LATER, "final response"));
        verify(commands).sendAndWait(new StopClockCommand("S5:complaint:k-1:1", LATER, "final response"));
        verifyNoMoreInteractions(commands);
    }

    @Test
    void k4_a_breached_complaint_clock_escalates_its_complaint() {
        triggers.on(new ClockBreachedEvent("S5:complaint:k-1:0", ServiceLevelRule.S5, "k-1", CLIENT, "k-1", Tier.GOLD,
                AT, AT), LATER);
        verify(commands).sendAndWait(new EscalateComplaintCommand("k-1", "S5 breached at " + AT, "S5:complaint:k-1:0",
                LATER));
        verifyNoMoreInteractions(commands);
    }

    @Test
    void k4_a_breached_interaction_clock_escalates_nothing() {
        triggers.on(new ClockBreachedEvent("S1:interaction:c-1:i-1", ServiceLevelRule.S1, "i-1", CLIENT, null,
                Tier.GOLD, AT, AT), LATER);
        verifyNoInteractions(commands);
    }

    private static InteractionRecordedEvent interaction(String id, Channel channel, Direction direction,
                                                        InteractionPurpose purpose, String inReplyTo) {
        return new InteractionRecordedEvent(CLIENT, id, channel, direction, purpose, inReplyTo, "alice", "fees", AT,
                Tier.GOLD);
    }

    private static ComplaintLoggedEvent logged() {
        return new ComplaintLoggedEvent("k-1", CLIENT, Channel.PHONE, ComplaintCategory.SERVICE, "slow", AT, false,
                EscalationLevel.ACCOUNT_MANAGER, Tier.SILVER);
    }

    private static StartClockCommand startOfComplaint(ServiceLevelRule rule, int cycle, Instant at) {
        return new StartClockCommand(rule + ":complaint:k-1:" + cycle, rule, "k-1", CLIENT, "k-1", Tier.SILVER, at);
    }
}
