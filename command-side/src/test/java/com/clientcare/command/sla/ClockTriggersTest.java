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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

/**
 * Which facts start and stop which clock (S1..S5) and what a breach asks of its complaint (K4), as
 * {@link ClockTriggers} routes them (#15): each route, and the facts next to it that start or stop nothing.
 */
class ClockTriggersTest {

    private static final String CLIENT = "c-1";
    private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-03T10:00:00Z");

    private CommandGateway commands;
    private ComplaintLoggedEvents complaints;
    private ClockTriggers triggers;

    @BeforeEach
    void setUp() {
        commands = mock(CommandGateway.class);
        complaints = mock(ComplaintLoggedEvents.class);
        triggers = new ClockTriggers(commands);
    }

    @Test
    void s1_an_inbound_email_enquiry_starts_s1_with_the_clients_tier() {
        triggers.on(interaction("i-1", Channel.EMAIL, Direction.INBOUND, InteractionPurpose.ENQUIRY, null));
        verify(commands).sendAndWait(startOfInteraction(ServiceLevelRule.S1, "i-1"));
        verifyNoMoreInteractions(commands);
    }

    @Test
    void s2_an_inbound_phone_enquiry_starts_s2() {
        triggers.on(interaction("i-1", Channel.PHONE, Direction.INBOUND, InteractionPurpose.ENQUIRY, null));
        verify(commands).sendAndWait(startOfInteraction(ServiceLevelRule.S2, "i-1"));
        verifyNoMoreInteractions(commands);
    }

    @Test
    void s1_s2_an_inbound_enquiry_by_another_channel_starts_no_clock() {
        triggers.on(interaction("i-1", Channel.SMS, Direction.INBOUND, InteractionPurpose.ENQUIRY, null));
        verifyNoInteractions(commands);
    }

    @Test
    void s1_an_outbound_email_enquiry_starts_no_clock() {
        triggers.on(interaction("i-1", Channel.EMAIL, Direction.OUTBOUND, InteractionPurpose.ENQUIRY, null));
        verifyNoInteractions(commands);
    }

    @Test
    void s1_an_inbound_email_that_is_no_enquiry_starts_no_clock() {
        triggers.on(interaction("i-1", Channel.EMAIL, Direction.INBOUND, InteractionPurpose.OTHER, null));
        verifyNoInteractions(commands);
    }

    @Test
    void s3_a_meeting_starts_s3() {
        triggers.on(interaction("i-1", Channel.MEETING, Direction.OUTBOUND, InteractionPurpose.MEETING, null));
        verify(commands).sendAndWait(startOfInteraction(ServiceLevelRule.S3, "i-1"));
        verifyNoMoreInteractions(commands);
    }

    @Test
    void s1_s2_an_outbound_response_in_reply_stops_the_answered_enquirys_clocks() {
        triggers.on(interaction("i-2", Channel.EMAIL, Direction.OUTBOUND, InteractionPurpose.RESPONSE, "i-1"));
        verify(commands).sendAndWait(new StopClockCommand("S1:interaction:c-1:i-1", AT, "response i-2"));
        verify(commands).sendAndWait(new StopClockCommand("S2:interaction:c-1:i-1", AT, "response i-2"));
        verifyNoMoreInteractions(commands);
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
    void s1_s2_an_outbound_follow_up_in_reply_to_an_enquiry_stops_only_s3() {
        triggers.on(interaction("i-2", Channel.PHONE, Direction.OUTBOUND, InteractionPurpose.FOLLOW_UP, "i-1"));
        verify(commands).sendAndWait(new StopClockCommand("S3:interaction:c-1:i-1", AT, "follow-up i-2"));
        verifyNoMoreInteractions(commands);
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

    private static StartClockCommand startOfInteraction(ServiceLevelRule rule, String interactionId) {
        return new StartClockCommand(rule + ":interaction:c-1:" + interactionId, rule, interactionId, CLIENT, null,
                Tier.GOLD, AT);
    }

    private static ComplaintLoggedEvent logged() {
        return new ComplaintLoggedEvent("k-1", CLIENT, Channel.PHONE, ComplaintCategory.SERVICE, "slow", AT, false,
                EscalationLevel.ACCOUNT_MANAGER, Tier.SILVER);
    }

    private static StartClockCommand startOfComplaint(ServiceLevelRule rule, int cycle, Instant at) {
        return new StartClockCommand(rule + ":complaint:k-1:" + cycle, rule, "k-1", CLIENT, "k-1", Tier.SILVER, at);
    }
}
