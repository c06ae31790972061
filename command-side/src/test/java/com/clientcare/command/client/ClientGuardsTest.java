package com.clientcare.command.client;

import com.clientcare.shared.client.AgreementSignedEvent;
import com.clientcare.shared.client.ChangeAnnualRevenueCommand;
import com.clientcare.shared.client.TierChangedEvent;
import com.clientcare.shared.client.InteractionRecordedEvent;
import com.clientcare.shared.client.FeedbackReceivedEvent;
import com.clientcare.shared.client.AnnualRevenueChangedEvent;
import com.clientcare.shared.client.ChangeMarketingConsentCommand;
import com.clientcare.shared.client.ConsultationHeldEvent;
import com.clientcare.shared.client.Direction;
import com.clientcare.shared.client.FeedbackContext;
import com.clientcare.shared.client.HoldConsultationCommand;
import com.clientcare.shared.client.InteractionPurpose;
import com.clientcare.shared.client.MakeRecommendationCommand;
import com.clientcare.shared.client.MarketingMessageSentEvent;
import com.clientcare.shared.client.MarketingOutcome;
import com.clientcare.shared.client.PersonalDataErasedEvent;
import com.clientcare.shared.client.ReassignAccountManagerCommand;
import com.clientcare.shared.client.RecordFeedbackCommand;
import com.clientcare.shared.client.RecordInteractionCommand;
import com.clientcare.shared.client.RecordTransactionCommand;
import com.clientcare.shared.client.SendMarketingMessageCommand;
import com.clientcare.shared.client.SetNewsletterSubscriptionCommand;
import com.clientcare.shared.client.SetRewardsClubMembershipCommand;
import com.clientcare.shared.client.SignAgreementCommand;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.common.Channel;
import com.clientcare.shared.common.Money;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.clientcare.command.client.ClientHistory.CLIENT;
import static com.clientcare.command.client.ClientHistory.LATER;
import static com.clientcare.command.client.ClientHistory.REGISTERED;
import static com.clientcare.command.client.ClientHistory.campaignSent;
import static com.clientcare.command.client.ClientHistory.initialConsultation;
import static com.clientcare.command.client.ClientHistory.recommend;
import static com.clientcare.command.client.ClientHistory.recommendation;
import static com.clientcare.command.client.ClientHistory.registered;
import static com.clientcare.command.client.ClientHistory.respond;
import static com.clientcare.command.client.ClientHistory.responded;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.is;

/**
 * The guards of every client command handler (#15): an erased file takes no new facts (C8), nothing of the file is
 * dated before the registration (C1), a retry under a known id records nothing, and C4's counts and choices from
 * both sides. Each scenario here is one that a mutation of {@link Client} went through unnoticed by the other tests.
 */
class ClientGuardsTest {

    private static final Instant BEFORE = REGISTERED.minusSeconds(1);
    private static final Instant ERASED = Instant.parse("2026-03-20T12:00:00Z");

    private final AggregateTestFixture<Client> fixture = ClientHistory.fixture();

    @Test
    void c8_an_erased_client_takes_no_revenue_change() {
        expectC8(new ChangeAnnualRevenueCommand(CLIENT, Money.of("750000", "USD"), "new contract", LATER));
    }

    @Test
    void c8_an_erased_client_takes_no_new_account_manager() {
        expectC8(new ReassignAccountManagerCommand(CLIENT, "bob", "alice left", LATER));
    }

    @Test
    void c8_an_erased_client_takes_no_consent_change() {
        expectC8(new ChangeMarketingConsentCommand(CLIENT, Map.of(Channel.SMS, true), LATER));
    }

    @Test
    void c8_an_erased_client_takes_no_consultation() {
        expectC8(new HoldConsultationCommand(CLIENT, "k-2", LATER, "payroll", "none", "none", true, "alice"));
    }

    @Test
    void c8_an_erased_client_takes_no_recommendation() {
        expectC8(recommend("r-2", List.of("p1", "p2"), List.of("s1", "s2")));
    }

    @Test
    void c8_an_erased_client_takes_no_agreement() {
        expectC8(new SignAgreementCommand(CLIENT, "a-1", "r-1", List.of("p1"), List.of("s1"), LATER));
    }

    @Test
    void c8_an_erased_client_takes_no_interaction() {
        expectC8(new RecordInteractionCommand(CLIENT, "i-1", Channel.EMAIL, Direction.INBOUND,
                InteractionPurpose.ENQUIRY, null, "alice", "asked about fees", LATER));
    }

    @Test
    void c8_an_erased_client_is_sent_no_marketing() {
        expectC8(new SendMarketingMessageCommand(CLIENT, "msg-2", "autumn", Channel.EMAIL, LATER));
    }

    @Test
    void c8_an_erased_client_takes_no_marketing_response() {
        expectC8(respond(Channel.EMAIL, MarketingOutcome.RESPONDED, LATER));
    }

    @Test
    void c8_an_erased_client_takes_no_rewards_club_change() {
        expectC8(new SetRewardsClubMembershipCommand(CLIENT, true, LATER));
    }

    @Test
    void c8_an_erased_client_takes_no_newsletter_change() {
        expectC8(new SetNewsletterSubscriptionCommand(CLIENT, true, LATER));
    }

    @Test
    void c8_an_erased_client_takes_no_feedback() {
        expectC8(new RecordFeedbackCommand(CLIENT, "f-1", 5, 10, "great", FeedbackContext.PERIODIC, LATER));
    }

    @Test
    void c1_retrying_the_initial_consultation_records_nothing() {
        fixture.given(registered(), initialConsultation())
                .when(new HoldConsultationCommand(CLIENT, "k-1", LATER, "bookkeeping", "late filings", "cost", true,
                        "alice"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void c1_retrying_a_later_consultation_records_nothing() {
        fixture.given(registered(), initialConsultation(),
                        new ConsultationHeldEvent(CLIENT, "k-2", false, LATER, "payroll", "none", "none", false,
                                "alice"))
                .when(new HoldConsultationCommand(CLIENT, "k-2", LATER, "payroll", "none", "none", false, "alice"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void c4_retrying_a_recommendation_records_nothing() {
        fixture.given(registered(), initialConsultation(), recommendation("r-1"))
                .when(recommend("r-1", List.of("p1", "p2"), List.of("s1", "s2")))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void c4_a_recommendation_naming_the_same_service_twice_is_refused() {
        fixture.given(registered(), initialConsultation())
                .when(recommend("r-1", List.of("p1", "p2"), List.of("s1", "s1")))
                .expectException(hasProperty("rule", is("C4")))
                .expectNoEvents();
    }

    @Test
    void c4_a_recommendation_of_three_services_two_of_them_the_same_is_refused() {
        fixture.given(registered(), initialConsultation())
                .when(recommend("r-1", List.of("p1", "p2"), List.of("s1", "s2", "s2")))
                .expectException(hasProperty("rule", is("C4")))
                .expectNoEvents();
    }

    @Test
    void c4_a_recommendation_of_three_products_two_of_them_the_same_is_refused() {
        fixture.given(registered(), initialConsultation())
                .when(recommend("r-1", List.of("p1", "p2", "p2"), List.of("s1", "s2")))
                .expectException(hasProperty("rule", is("C4")))
                .expectNoEvents();
    }

    @Test
    void c4_a_recommendation_of_one_service_is_refused() {
        fixture.given(registered(), initialConsultation())
                .when(recommend("r-1", List.of("p1", "p2"), List.of("s1")))
                .expectException(hasProperty("rule", is("C4")))
                .expectNoEvents();
    }

    @Test
    void c4_retrying_an_agreement_records_nothing() {
        fixture.given(registered(), initialConsultation(), recommendation("r-1"),
                        new AgreementSignedEvent(CLIENT, "a-1", "r-1", List.of("p1"), List.of("s2"), LATER))
                .when(new SignAgreementCommand(CLIENT, "a-1", "r-1", List.of("p1"), List.of("s2"), LATER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void c4_an_agreement_taking_the_same_service_twice_is_refused() {
        fixture.given(registered(), initialConsultation(), recommendation("r-1"))
                .when(new SignAgreementCommand(CLIENT, "a-1", "r-1", List.of("p1"), List.of("s1", "s1"), LATER))
                .expectException(hasProperty("rule", is("C4")))
                .expectNoEvents();
    }

    @Test
    void c4_an_agreement_taking_the_same_product_twice_is_refused() {
        fixture.given(registered(), initialConsultation(), recommendation("r-1"))
                .when(new SignAgreementCommand(CLIENT, "a-1", "r-1", List.of("p2", "p2"), List.of(), LATER))
                .expectException(hasProperty("rule", is("C4")))
                .expectNoEvents();
    }

    @Test
    void c4_an_agreement_on_a_service_not_recommended_is_refused() {
        fixture.given(registered(), initialConsultation(), recommendation("r-1"))
                .when(new SignAgreementCommand(CLIENT, "a-1", "r-1", List.of(), List.of("s9"), LATER))
                .expectException(hasProperty("rule", is("C4")))
                .expectNoEvents();
    }

    @Test
    void c4_an_agreement_on_services_only_is_signed() {
        fixture.given(registered(), initialConsultation(), recommendation("r-1"))
                .when(new SignAgreementCommand(CLIENT, "a-1", "r-1", List.of(), List.of("s1"), LATER))
                .expectEvents(new AgreementSignedEvent(CLIENT, "a-1", "r-1", List.of(), List.of("s1"), LATER));
    }

    @Test
    void c6_retrying_a_marketing_message_records_nothing() {
        fixture.given(registered(), campaignSent(Channel.EMAIL, LATER))
                .when(new SendMarketingMessageCommand(CLIENT, "msg-1", "spring", Channel.EMAIL, LATER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void c1_no_account_manager_is_assigned_before_the_registration() {
        expectC1(new ReassignAccountManagerCommand(CLIENT, "bob", "alice left", BEFORE));
    }

    @Test
    void c1_no_consent_changes_before_the_registration() {
        expectC1(new ChangeMarketingConsentCommand(CLIENT, Map.of(Channel.SMS, true), BEFORE));
    }

    @Test
    void c1_no_recommendation_is_made_before_the_registration() {
        expectC1(new MakeRecommendationCommand(CLIENT, "r-2", "needs a bookkeeper", List.of("p1", "p2"),
                List.of("s1", "s2"), "alice", BEFORE));
    }

    @Test
    void c1_no_agreement_is_signed_before_the_registration() {
        expectC1(new SignAgreementCommand(CLIENT, "a-1", "r-1", List.of("p1"), List.of("s1"), BEFORE));
    }

    @Test
    void c1_no_interaction_happens_before_the_registration() {
        expectC1(new RecordInteractionCommand(CLIENT, "i-1", Channel.EMAIL, Direction.INBOUND,
                InteractionPurpose.ENQUIRY, null, "alice", "asked about fees", BEFORE));
    }

    @Test
    void c1_an_interaction_at_the_moment_of_registration_is_recorded() {
        fixture.given(registered())
                .when(new RecordInteractionCommand(CLIENT, "i-1", Channel.EMAIL, Direction.INBOUND,
                        InteractionPurpose.ENQUIRY, null, "alice", "asked about fees", REGISTERED))
                .expectEvents(new InteractionRecordedEvent(CLIENT, "i-1", Channel.EMAIL, Direction.INBOUND,
                        InteractionPurpose.ENQUIRY, null, "alice", "asked about fees", REGISTERED, Tier.SILVER));
    }

    @Test
    void c1_no_transaction_happens_before_the_registration() {
        expectC1(new RecordTransactionCommand(CLIENT, "t-1", Money.of("10", "USD"), "fee", BEFORE));
    }

    @Test
    void c1_no_marketing_is_sent_before_the_registration() {
        expectC1(new SendMarketingMessageCommand(CLIENT, "msg-2", "autumn", Channel.EMAIL, BEFORE));
    }

    @Test
    void c1_no_rewards_club_change_before_the_registration() {
        expectC1(new SetRewardsClubMembershipCommand(CLIENT, true, BEFORE));
    }

    @Test
    void c1_no_newsletter_change_before_the_registration() {
        expectC1(new SetNewsletterSubscriptionCommand(CLIENT, true, BEFORE));
    }

    @Test
    void c1_no_feedback_is_given_before_the_registration() {
        expectC1(new RecordFeedbackCommand(CLIENT, "f-1", 5, 10, "great", FeedbackContext.PERIODIC, BEFORE));
    }

    @Test
    void c5_retrying_a_marketing_response_records_nothing() {
        fixture.given(registered(), campaignSent(Channel.EMAIL, REGISTERED),
                        responded(Channel.EMAIL, MarketingOutcome.RESPONDED, LATER))
                .when(respond(Channel.EMAIL, MarketingOutcome.RESPONDED, LATER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void c5_a_response_after_the_first_message_of_its_campaign_is_recorded_though_a_later_one_was_sent() {
        Instant between = REGISTERED.plusSeconds(3600);
        fixture.given(registered(), campaignSent(Channel.EMAIL, REGISTERED),
                        new MarketingMessageSentEvent(CLIENT, "msg-2", "spring", Channel.EMAIL, LATER))
                .when(respond(Channel.EMAIL, MarketingOutcome.CONVERTED, between))
                .expectEvents(responded(Channel.EMAIL, MarketingOutcome.CONVERTED, between));
    }

    @Test
    void c7_feedback_after_a_tier_change_carries_the_new_tier() {
        fixture.given(registered(),
                        new AnnualRevenueChangedEvent(CLIENT, Money.of("250000", "USD"), Money.of("600000", "USD"),
                                "new contract", ERASED),
                        new TierChangedEvent(CLIENT, Tier.SILVER, Tier.GOLD, Tier.GOLD.engagementLevel(),
                                "new contract", ERASED))
                .when(new RecordFeedbackCommand(CLIENT, "f-1", 5, 10, "great", FeedbackContext.PERIODIC, LATER))
                .expectEvents(new FeedbackReceivedEvent(CLIENT, "f-1", 5, 10, "great", FeedbackContext.PERIODIC,
                        LATER, Tier.GOLD, "alice"));
    }

    /** Any of the client's facts dated before its registration: refused as C1, nothing recorded. */
    private void expectC1(Object command) {
        fixture.given(registered(), initialConsultation(), recommendation("r-1"))
                .when(command)
                .expectException(hasProperty("rule", is("C1")))
                .expectNoEvents();
    }

    /** Any of the client's commands, on a file whose personal data was erased: refused as C8, nothing recorded. */
    private void expectC8(Object command) {
        fixture.given(registered(), initialConsultation(), recommendation("r-1"),
                        campaignSent(Channel.EMAIL, REGISTERED),
                        new PersonalDataErasedEvent(CLIENT, "client request", ERASED))
                .when(command)
                .expectException(hasProperty("rule", is("C8")))
                .expectNoEvents();
    }
}
