package com.clientcare.command.client;

import com.clientcare.command.rules.BusinessRuleViolation;
import com.clientcare.command.rules.ConflictingRetry;
import com.clientcare.command.rules.NotPermitted;
import com.clientcare.shared.client.AccountManagerReassignedEvent;
import com.clientcare.shared.client.AgreementSignedEvent;
import com.clientcare.shared.client.AnnualRevenueChangedEvent;
import com.clientcare.shared.client.ChangeAnnualRevenueCommand;
import com.clientcare.shared.client.ChangeMarketingConsentCommand;
import com.clientcare.shared.client.ErasePersonalDataCommand;
import com.clientcare.shared.client.ExportPersonalDataCommand;
import com.clientcare.shared.client.FeedbackContext;
import com.clientcare.shared.client.FeedbackReceivedEvent;
import com.clientcare.shared.client.HoldConsultationCommand;
import com.clientcare.shared.client.MarketingConsentChangedEvent;
import com.clientcare.shared.client.MarketingMessageSentEvent;
import com.clientcare.shared.client.MarketingOutcome;
import com.clientcare.shared.client.NewsletterSubscriptionChangedEvent;
import com.clientcare.shared.client.PersonalDataErasedEvent;
import com.clientcare.shared.client.PersonalDataExportedEvent;
import com.clientcare.shared.client.ReassignAccountManagerCommand;
import com.clientcare.shared.client.RecordFeedbackCommand;
import com.clientcare.shared.client.RecordTransactionCommand;
import com.clientcare.shared.client.RewardsClubMembershipChangedEvent;
import com.clientcare.shared.client.SendMarketingMessageCommand;
import com.clientcare.shared.client.SetNewsletterSubscriptionCommand;
import com.clientcare.shared.client.SetRewardsClubMembershipCommand;
import com.clientcare.shared.client.SignAgreementCommand;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.client.TierChangedEvent;
import com.clientcare.shared.client.TransactionRecordedEvent;
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
import static com.clientcare.command.client.ClientHistory.consultationHeld;
import static com.clientcare.command.client.ClientHistory.recommend;
import static com.clientcare.command.client.ClientHistory.recommendation;
import static com.clientcare.command.client.ClientHistory.registered;
import static com.clientcare.command.client.ClientHistory.respond;
import static com.clientcare.command.client.ClientHistory.responded;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.is;

/** The client file's rules C1..C8, beyond registration (see {@link ClientTest}). */
class ClientFileTest {

    private static final Instant LAST_WEEK = Instant.parse("2026-11-23T10:00:00Z");
    private static final Instant TODAY = Instant.parse("2026-11-30T09:00:00Z");

    private final AggregateTestFixture<Client> fixture = ClientHistory.fixture();

    @Test
    void c1_the_initial_consultation_records_that_rights_were_explained() {
        fixture.given(registered())
                .when(consultation("k-1", true))
                .expectEvents(consultationHeld("k-1", true, true));
    }

    @Test
    void c1_an_initial_consultation_without_explaining_rights_is_refused() {
        fixture.given(registered())
                .when(consultation("k-1", false))
                .expectException(hasProperty("rule", is("C1")))
                .expectNoEvents();
    }

    @Test
    void c1_a_later_consultation_is_not_initial_and_may_skip_the_rights() {
        fixture.given(registered(), consultationHeld("k-1", true, true))
                .when(consultation("k-2", false))
                .expectEvents(consultationHeld("k-2", false, false));
    }

    @Test
    void c2_a_revenue_change_across_a_boundary_records_the_tier_change_with_its_reason() {
        fixture.given(registered())
                .when(new ChangeAnnualRevenueCommand(CLIENT, Money.of("500000", "USD"), "new contract", LATER))
                .expectEvents(
                        new AnnualRevenueChangedEvent(CLIENT, Money.of("250000", "USD"), Money.of("500000", "USD"),
                                "new contract", LATER),
                        new TierChangedEvent(CLIENT, Tier.SILVER, Tier.GOLD, Tier.GOLD.engagementLevel(),
                                "new contract", LATER));
    }

    @Test
    void c2_a_revenue_change_within_the_tier_records_only_the_revenue() {
        fixture.given(registered())
                .when(new ChangeAnnualRevenueCommand(CLIENT, Money.of("499999.99", "USD"), "growth", LATER))
                .expectEvents(new AnnualRevenueChangedEvent(CLIENT, Money.of("250000", "USD"),
                        Money.of("499999.99", "USD"), "growth", LATER));
    }

    @Test
    void c2_the_same_revenue_again_records_nothing() {
        fixture.given(registered())
                .when(new ChangeAnnualRevenueCommand(CLIENT, Money.of("250000.00", "USD"), "no change", LATER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void c2_a_revenue_change_follows_the_latest_tier() {
        fixture.given(registered(),
                        new AnnualRevenueChangedEvent(CLIENT, Money.of("250000", "USD"), Money.of("2000000", "USD"),
                                "x", REGISTERED),
                        new TierChangedEvent(CLIENT, Tier.SILVER, Tier.PLATINUM, Tier.PLATINUM.engagementLevel(), "x",
                                REGISTERED))
                .when(new ChangeAnnualRevenueCommand(CLIENT, Money.of("50000", "USD"), "lost contract", LATER))
                .expectEvents(
                        new AnnualRevenueChangedEvent(CLIENT, Money.of("2000000", "USD"), Money.of("50000", "USD"),
                                "lost contract", LATER),
                        new TierChangedEvent(CLIENT, Tier.PLATINUM, Tier.BRONZE, Tier.BRONZE.engagementLevel(),
                                "lost contract", LATER));
    }

    @Test
    void c3_reassignment_records_from_and_to() {
        fixture.given(registered())
                .when(new ReassignAccountManagerCommand(CLIENT, "bob", "alice on leave", LATER))
                .expectEvents(new AccountManagerReassignedEvent(CLIENT, "alice", "bob", "alice on leave", LATER));
    }

    @Test
    void c3_reassigning_to_the_current_manager_records_nothing() {
        fixture.given(registered())
                .when(new ReassignAccountManagerCommand(CLIENT, "alice", "no change", LATER))
                .expectNoEvents();
    }

    @Test
    void c4_a_recommendation_of_two_products_and_two_services_is_recorded() {
        fixture.given(registered(), consultationHeld("k-1", true, true))
                .when(recommend("r-1", List.of("p1", "p2"), List.of("s1", "s2")))
                .expectEvents(recommendation("r-1"));
    }

    @Test
    void c4_a_recommendation_with_other_than_two_of_each_is_refused() {
        fixture.given(registered(), consultationHeld("k-1", true, true))
                .when(recommend("r-1", List.of("p1", "p2", "p3"), List.of("s1", "s2")))
                .expectException(hasProperty("rule", is("C4")))
                .expectNoEvents();
    }

    @Test
    void c4_a_recommendation_naming_the_same_product_twice_is_refused() {
        fixture.given(registered(), consultationHeld("k-1", true, true))
                .when(recommend("r-1", List.of("p1", "p1"), List.of("s1", "s2")))
                .expectException(hasProperty("rule", is("C4")))
                .expectNoEvents();
    }

    @Test
    void c4_a_recommendation_before_the_initial_consultation_is_refused() {
        fixture.given(registered())
                .when(recommend("r-1", List.of("p1", "p2"), List.of("s1", "s2")))
                .expectException(hasProperty("rule", is("C4")))
                .expectNoEvents();
    }

    @Test
    void c4_an_agreement_on_recommended_options_is_signed() {
        fixture.given(registered(), consultationHeld("k-1", true, true), recommendation("r-1"))
                .when(new SignAgreementCommand(CLIENT, "a-1", "r-1", List.of("p2"), List.of("s1"), LATER))
                .expectEvents(new AgreementSignedEvent(CLIENT, "a-1", "r-1", List.of("p2"), List.of("s1"), LATER));
    }

    @Test
    void c4_an_agreement_on_an_option_not_recommended_is_refused() {
        fixture.given(registered(), consultationHeld("k-1", true, true), recommendation("r-1"))
                .when(new SignAgreementCommand(CLIENT, "a-1", "r-1", List.of("p9"), List.of(), LATER))
                .expectException(hasProperty("rule", is("C4")))
                .expectNoEvents();
    }

    @Test
    void c4_an_agreement_on_an_unknown_recommendation_is_refused() {
        fixture.given(registered())
                .when(new SignAgreementCommand(CLIENT, "a-1", "r-404", List.of("p1"), List.of(), LATER))
                .expectException(hasProperty("rule", is("C4")))
                .expectNoEvents();
    }

    @Test
    void c4_a_recommendation_is_agreed_once() {
        fixture.given(registered(), consultationHeld("k-1", true, true), recommendation("r-1"),
                        new AgreementSignedEvent(CLIENT, "a-1", "r-1", List.of("p1"), List.of(), REGISTERED))
                .when(new SignAgreementCommand(CLIENT, "a-2", "r-1", List.of("p2"), List.of(), LATER))
                .expectException(hasProperty("rule", is("C4")))
                .expectNoEvents();
    }

    @Test
    void c4_an_agreement_with_no_option_is_refused() {
        fixture.given(registered(), consultationHeld("k-1", true, true), recommendation("r-1"))
                .when(new SignAgreementCommand(CLIENT, "a-1", "r-1", List.of(), List.of(), LATER))
                .expectException(hasProperty("rule", is("C4")))
                .expectNoEvents();
    }

    @Test
    void c5_a_transaction_is_recorded() {
        fixture.given(registered())
                .when(new RecordTransactionCommand(CLIENT, "t-1", Money.of("1200.50", "GBP"), "annual accounts",
                        REGISTERED))
                .expectEvents(transactionRecorded());
    }

    @Test
    void c5_retrying_a_transaction_at_another_business_time_records_nothing_more() {
        fixture.given(registered(), transactionRecorded())
                .when(new RecordTransactionCommand(CLIENT, "t-1", Money.of("1200.50", "GBP"), "annual accounts", LATER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void c5_another_transaction_under_a_taken_id_is_a_conflict() {
        fixture.given(registered(), transactionRecorded())
                .when(new RecordTransactionCommand(CLIENT, "t-1", Money.of("99", "GBP"), "other", REGISTERED))
                .expectException(ConflictingRetry.class)
                .expectNoEvents();
    }

    @Test
    void c5_a_response_to_marketing_is_recorded() {
        fixture.given(registered(), campaignSent(Channel.SMS, REGISTERED))
                .when(respond(Channel.SMS, MarketingOutcome.CONVERTED, REGISTERED))
                .expectEvents(responded(Channel.SMS, MarketingOutcome.CONVERTED, REGISTERED));
    }

    @Test
    void c5_a_response_to_a_campaign_never_sent_is_refused_naming_the_campaign() {
        fixture.given(registered())
                .when(respond(Channel.EMAIL, MarketingOutcome.RESPONDED, LATER))
                .expectException(hasProperty("rule", is("C5")))
                .expectException(hasProperty("field", is("campaign")))
                .expectNoEvents();
    }

    @Test
    void c5_a_response_on_another_channel_than_the_campaign_was_sent_on_is_refused() {
        fixture.given(registered(), campaignSent(Channel.EMAIL, REGISTERED))
                .when(respond(Channel.SMS, MarketingOutcome.RESPONDED, LATER))
                .expectException(hasProperty("rule", is("C5")))
                .expectNoEvents();
    }

    @Test
    void c5_a_response_dated_before_the_campaigns_message_is_refused_naming_occurred_at() {
        fixture.given(registered(), campaignSent(Channel.EMAIL, LATER))
                .when(respond(Channel.EMAIL, MarketingOutcome.RESPONDED, LATER.minusSeconds(60)))
                .expectException(hasProperty("field", is("occurredAt")))
                .expectNoEvents();
    }

    @Test
    void c5_joining_the_rewards_club_is_recorded() {
        fixture.given(registered())
                .when(new SetRewardsClubMembershipCommand(CLIENT, true, REGISTERED))
                .expectEvents(new RewardsClubMembershipChangedEvent(CLIENT, true, REGISTERED));
    }

    @Test
    void c5_the_same_rewards_club_membership_again_records_nothing() {
        fixture.given(registered(), new RewardsClubMembershipChangedEvent(CLIENT, true, REGISTERED))
                .when(new SetRewardsClubMembershipCommand(CLIENT, true, LATER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void c5_a_newsletter_subscription_is_recorded() {
        fixture.given(registered())
                .when(new SetNewsletterSubscriptionCommand(CLIENT, true, REGISTERED))
                .expectEvents(new NewsletterSubscriptionChangedEvent(CLIENT, true, REGISTERED));
    }

    @Test
    void c6_marketing_on_a_consented_channel_is_sent() {
        fixture.given(registered())
                .when(new SendMarketingMessageCommand(CLIENT, "msg-1", "spring", Channel.EMAIL, REGISTERED))
                .expectEvents(campaignSent(Channel.EMAIL, REGISTERED));
    }

    @Test
    void c6_marketing_on_a_channel_without_consent_is_refused() {
        fixture.given(registered())
                .when(new SendMarketingMessageCommand(CLIENT, "msg-1", "spring", Channel.SMS, REGISTERED))
                .expectException(hasProperty("rule", is("C6")))
                .expectNoEvents();
    }

    @Test
    void c6_consent_changes_are_recorded_per_channel_that_changes() {
        fixture.given(registered())
                .when(new ChangeMarketingConsentCommand(CLIENT, Map.of(Channel.EMAIL, true, Channel.SMS, true,
                        Channel.PHONE, false), LATER))
                .expectEvents(new MarketingConsentChangedEvent(CLIENT, Channel.SMS, true, LATER));
    }

    @Test
    void c6_marketing_after_consent_was_withdrawn_is_refused() {
        fixture.given(registered(), new MarketingConsentChangedEvent(CLIENT, Channel.EMAIL, false, REGISTERED))
                .when(new SendMarketingMessageCommand(CLIENT, "msg-1", "spring", Channel.EMAIL, LATER))
                .expectException(hasProperty("rule", is("C6")))
                .expectNoEvents();
    }

    @Test
    void c6_consent_is_decided_at_the_messages_sent_at_so_sms_dated_before_sms_consent_is_refused() {
        fixture.given(switchedFromEmailToSmsToday())
                .when(new SendMarketingMessageCommand(CLIENT, "msg-1", "autumn", Channel.SMS, LAST_WEEK))
                .expectException(hasProperty("rule", is("C6")))
                .expectNoEvents();
    }

    @Test
    void c6_consent_is_decided_at_the_messages_sent_at_so_email_dated_before_its_withdrawal_is_sent() {
        fixture.given(switchedFromEmailToSmsToday())
                .when(new SendMarketingMessageCommand(CLIENT, "msg-1", "autumn", Channel.EMAIL, LAST_WEEK))
                .expectEvents(new MarketingMessageSentEvent(CLIENT, "msg-1", "autumn", Channel.EMAIL, LAST_WEEK));
    }

    @Test
    void c7_back_dated_feedback_counts_under_the_tier_and_account_manager_in_force_when_it_was_given() {
        Instant may = Instant.parse("2026-05-12T14:00:00Z");
        fixture.given(registered(),
                        new AnnualRevenueChangedEvent(CLIENT, Money.of("250000", "USD"), Money.of("2000000", "USD"),
                                "merger", TODAY),
                        new TierChangedEvent(CLIENT, Tier.SILVER, Tier.PLATINUM, Tier.PLATINUM.engagementLevel(),
                                "merger", TODAY),
                        new AccountManagerReassignedEvent(CLIENT, "alice", "bob", "key account", TODAY))
                .when(new RecordFeedbackCommand(CLIENT, "f-1", 3, 6, "slow", FeedbackContext.PERIODIC, may))
                .expectEvents(new FeedbackReceivedEvent(CLIENT, "f-1", 3, 6, "slow", FeedbackContext.PERIODIC, may,
                        Tier.SILVER, "alice"));
    }

    @Test
    void c1_a_revenue_change_dated_before_the_registration_is_refused_naming_changed_at() {
        fixture.given(registered())
                .when(new ChangeAnnualRevenueCommand(CLIENT, Money.of("2000000", "USD"), "merger",
                        REGISTERED.minusSeconds(7 * 24 * 3600)))
                .expectException(hasProperty("rule", is("C1")))
                .expectException(hasProperty("field", is("changedAt")))
                .expectNoEvents();
    }

    @Test
    void c1_a_consultation_dated_before_the_registration_is_refused_naming_occurred_at() {
        fixture.given(registered())
                .when(new HoldConsultationCommand(CLIENT, "k-1", REGISTERED.minusSeconds(60), "bookkeeping",
                        "late filings", "cost", true, "alice"))
                .expectException(hasProperty("field", is("occurredAt")))
                .expectNoEvents();
    }

    @Test
    void c7_feedback_records_the_tier_and_account_manager_of_the_moment() {
        fixture.given(registered(), new AccountManagerReassignedEvent(CLIENT, "alice", "bob", "leave", REGISTERED))
                .when(new RecordFeedbackCommand(CLIENT, "f-1", 4, 9, "quick", FeedbackContext.INTERACTION, LATER))
                .expectEvents(new FeedbackReceivedEvent(CLIENT, "f-1", 4, 9, "quick", FeedbackContext.INTERACTION,
                        LATER, Tier.SILVER, "bob"));
    }

    @Test
    void c8_erasure_is_recorded() {
        fixture.given(registered())
                .when(new ErasePersonalDataCommand(CLIENT, "client request", LATER))
                .expectEvents(new PersonalDataErasedEvent(CLIENT, "client request", LATER));
    }

    @Test
    void c8_erasing_an_erased_file_again_records_nothing() {
        fixture.given(registered(), new PersonalDataErasedEvent(CLIENT, "client request", LATER))
                .when(new ErasePersonalDataCommand(CLIENT, "again", LATER))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void c8_an_erased_client_file_takes_no_new_facts() {
        fixture.given(registered(), new PersonalDataErasedEvent(CLIENT, "client request", REGISTERED))
                .when(new RecordTransactionCommand(CLIENT, "t-1", Money.of("1", "USD"), "x", LATER))
                .expectException(BusinessRuleViolation.class)
                .expectException(hasProperty("rule", is("C8")))
                .expectNoEvents();
    }

    @Test
    void c8_an_export_is_a_recorded_fact_even_after_erasure() {
        fixture.given(registered(), new PersonalDataErasedEvent(CLIENT, "client request", REGISTERED))
                .when(new ExportPersonalDataCommand(CLIENT, LATER, "root", true))
                .expectEvents(new PersonalDataExportedEvent(CLIENT, LATER));
    }

    @Test
    void c8_the_clients_account_manager_may_export() {
        fixture.given(registered())
                .when(new ExportPersonalDataCommand(CLIENT, LATER, "alice", false))
                .expectEvents(new PersonalDataExportedEvent(CLIENT, LATER));
    }

    @Test
    void c8_another_member_of_staff_may_not_export() {
        fixture.given(registered())
                .when(new ExportPersonalDataCommand(CLIENT, LATER, "bob", false))
                .expectException(NotPermitted.class)
                .expectNoEvents();
    }

    /** Registered in March with EMAIL consent and no SMS consent; today consent moves to SMS only. */
    private static List<Object> switchedFromEmailToSmsToday() {
        return List.of(registered(), new MarketingConsentChangedEvent(CLIENT, Channel.EMAIL, false, TODAY),
                new MarketingConsentChangedEvent(CLIENT, Channel.SMS, true, TODAY));
    }

    private static HoldConsultationCommand consultation(String id, boolean rightsExplained) {
        return new HoldConsultationCommand(CLIENT, id, REGISTERED, "bookkeeping", "late filings", "cost",
                rightsExplained, "alice");
    }

    private static TransactionRecordedEvent transactionRecorded() {
        return new TransactionRecordedEvent(CLIENT, "t-1", Money.of("1200.50", "GBP"), "annual accounts", REGISTERED);
    }
}
