package com.clientcare.command.account;

import com.clientcare.command.complaint.ClientDirectory;
import com.clientcare.command.rules.BusinessRuleViolation;
import com.clientcare.command.rules.ConflictingRetry;
import com.clientcare.shared.account.AgreeDrawDownTermsCommand;
import com.clientcare.shared.account.ClientAccountClosedEvent;
import com.clientcare.shared.account.ClientAccountOpenedEvent;
import com.clientcare.shared.account.CompleteWorkCommand;
import com.clientcare.shared.account.DrawDownMoneyCommand;
import com.clientcare.shared.account.DrawDownStage;
import com.clientcare.shared.account.DrawDownTermsAgreedEvent;
import com.clientcare.shared.account.MoneyDrawnDownEvent;
import com.clientcare.shared.account.MoneyReceivedEvent;
import com.clientcare.shared.account.MoneyRefundedEvent;
import com.clientcare.shared.account.MovementType;
import com.clientcare.shared.account.OpenClientAccountCommand;
import com.clientcare.shared.account.RecordReceiptCommand;
import com.clientcare.shared.account.RefundMoneyCommand;
import com.clientcare.shared.account.StatementIssuedEvent;
import com.clientcare.shared.account.StatementLine;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.common.Money;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.is;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** M1: every rule of a client account, decided by {@link ClientAccount} from its own events. */
class ClientAccountTest {

    private static final String ID = "acc-1";
    private static final String CLIENT = "c-1";
    private static final Instant CLIENT_SINCE = Instant.parse("2020-01-06T09:00:00Z");
    private static final Instant OPENED = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant RECEIVED = Instant.parse("2026-03-03T10:00:00Z");
    private static final Instant AGREED = Instant.parse("2026-03-04T10:00:00Z");
    private static final Instant DRAWN = Instant.parse("2026-03-05T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-06T10:00:00Z");

    private AggregateTestFixture<ClientAccount> fixture;
    private ClientDirectory clients;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ClientAccount.class);
        clients = mock(ClientDirectory.class);
        when(clients.standingOf(CLIENT))
                .thenReturn(Optional.of(new ClientDirectory.Standing(CLIENT_SINCE, Tier.GOLD, false)));
        fixture.registerInjectableResource(clients);
    }

    @Test
    void m1_opening_an_account_issues_statement_1_with_a_zero_balance() {
        fixture.givenNoPriorActivity()
                .when(new OpenClientAccountCommand(ID, CLIENT, "survey of 1 High St", "GBP", OPENED))
                .expectEvents(opened(), new StatementIssuedEvent(ID, CLIENT, OPENED, 1, "account opened",
                        gbp("0.00"), List.of(), gbp("0.00")));
    }

    @Test
    void m1_an_account_needs_a_registered_client() {
        fixture.givenNoPriorActivity()
                .when(new OpenClientAccountCommand(ID, "nobody", "survey", "GBP", OPENED))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void m1_an_erased_client_gets_no_new_account() {
        when(clients.standingOf(CLIENT))
                .thenReturn(Optional.of(new ClientDirectory.Standing(CLIENT_SINCE, Tier.GOLD, true)));
        fixture.givenNoPriorActivity()
                .when(new OpenClientAccountCommand(ID, CLIENT, "survey", "GBP", OPENED))
                .expectException(rule("C8"))
                .expectNoEvents();
    }

    @Test
    void m1_opening_the_same_account_again_records_nothing() {
        fixture.given(opened(), statement1())
                .when(new OpenClientAccountCommand(ID, CLIENT, "survey of 1 High St", "GBP", OPENED))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void m1_opening_an_account_under_a_used_id_with_other_details_is_a_conflict() {
        fixture.given(opened(), statement1())
                .when(new OpenClientAccountCommand(ID, CLIENT, "survey of 1 High St", "EUR", OPENED))
                .expectException(ConflictingRetry.class);
    }

    @Test
    void m1_a_receipt_issues_a_revised_statement_from_the_last_closing_balance() {
        fixture.given(opened(), statement1())
                .when(new RecordReceiptCommand(ID, "r-1", gbp("1000"), RECEIVED, "BACS 42"))
                .expectEvents(received("r-1", "1000.00"), new StatementIssuedEvent(ID, CLIENT, RECEIVED, 2,
                        "money received", gbp("0.00"), List.of(new StatementLine("r-1", MovementType.RECEIPT,
                        gbp("1000.00"), RECEIVED, "BACS 42", null, gbp("1000.00"))), gbp("1000.00")));
    }

    @Test
    void m1_a_receipt_in_another_currency_than_the_accounts_is_refused() {
        fixture.given(opened(), statement1())
                .when(new RecordReceiptCommand(ID, "r-1", Money.of("1000", "USD"), RECEIVED, "BACS 42"))
                .expectException(rule("M1"))
                .expectNoEvents();
    }

    @Test
    void m1_a_zero_amount_is_refused() {
        fixture.given(opened(), statement1())
                .when(new RecordReceiptCommand(ID, "r-1", gbp("0"), RECEIVED, "BACS 42"))
                .expectException(rule("M1"))
                .expectNoEvents();
    }

    @Test
    void m1_an_amount_finer_than_the_currencys_minor_unit_is_refused() {
        fixture.given(opened(), statement1())
                .when(new RecordReceiptCommand(ID, "r-1", gbp("10.005"), RECEIVED, "BACS 42"))
                .expectException(rule("M1"))
                .expectNoEvents();
    }

    @Test
    void m1_a_movement_dated_before_the_opening_is_refused() {
        fixture.given(opened(), statement1())
                .when(new RecordReceiptCommand(ID, "r-1", gbp("10"), OPENED.minusSeconds(1), "BACS 42"))
                .expectException(rule("M1"))
                .expectNoEvents();
    }

    @Test
    void m1_the_same_receipt_again_records_nothing() {
        fixture.given(opened(), statement1(), received("r-1", "1000.00"))
                .when(new RecordReceiptCommand(ID, "r-1", gbp("1000"), RECEIVED, "BACS 42"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void m1_another_receipt_under_a_used_id_is_a_conflict() {
        fixture.given(opened(), statement1(), received("r-1", "1000.00"))
                .when(new RecordReceiptCommand(ID, "r-1", gbp("900"), RECEIVED, "BACS 42"))
                .expectException(ConflictingRetry.class);
    }

    @Test
    void m1_no_draw_down_before_terms_are_agreed() {
        fixture.given(opened(), statement1(), received("r-1", "1000.00"))
                .when(drawDown("d-1", "survey", "100"))
                .expectException(rule("M1"))
                .expectNoEvents();
    }

    @Test
    void m1_agreed_terms_are_recorded_as_version_1() {
        fixture.given(opened(), statement1())
                .when(new AgreeDrawDownTermsCommand(ID, List.of(new DrawDownStage("survey", gbp("600"))), "Ann Client",
                        AGREED))
                .expectEvents(new DrawDownTermsAgreedEvent(ID, CLIENT, AGREED, 1,
                        List.of(new DrawDownStage("survey", gbp("600.00"))), "Ann Client"));
    }

    @Test
    void m1_a_new_agreement_replaces_the_old_one_as_the_next_version() {
        fixture.given(opened(), statement1(), terms(1, "survey", "600.00"))
                .when(new AgreeDrawDownTermsCommand(ID, List.of(new DrawDownStage("report", gbp("300"))), "Ann Client",
                        LATER))
                .expectEvents(new DrawDownTermsAgreedEvent(ID, CLIENT, LATER, 2,
                        List.of(new DrawDownStage("report", gbp("300.00"))), "Ann Client"));
    }

    @Test
    void m1_terms_naming_a_stage_twice_are_refused() {
        fixture.given(opened(), statement1())
                .when(new AgreeDrawDownTermsCommand(ID, List.of(new DrawDownStage("survey", gbp("600")),
                        new DrawDownStage("survey", gbp("100"))), "Ann Client", AGREED))
                .expectException(rule("M1"))
                .expectNoEvents();
    }

    @Test
    void m1_terms_in_another_currency_are_refused() {
        fixture.given(opened(), statement1())
                .when(new AgreeDrawDownTermsCommand(ID, List.of(new DrawDownStage("survey", Money.of("600", "EUR"))),
                        "Ann Client", AGREED))
                .expectException(rule("M1"))
                .expectNoEvents();
    }

    @Test
    void m1_a_draw_down_within_its_stage_and_the_balance_issues_a_revised_statement() {
        fixture.given(opened(), statement1(), received("r-1", "1000.00"), terms(1, "survey", "600.00"))
                .when(drawDown("d-1", "survey", "250"))
                .expectEvents(drawn("d-1", "survey", "250.00"), new StatementIssuedEvent(ID, CLIENT, DRAWN, 2,
                        "money drawn down", gbp("1000.00"), List.of(new StatementLine("d-1", MovementType.DRAW_DOWN,
                        gbp("250.00"), DRAWN, "INV-d-1", "survey", gbp("750.00"))), gbp("750.00")));
    }

    @Test
    void m1_a_draw_down_names_a_stage_of_the_terms() {
        fixture.given(opened(), statement1(), received("r-1", "1000.00"), terms(1, "survey", "600.00"))
                .when(drawDown("d-1", "valuation", "100"))
                .expectException(rule("M1"))
                .expectNoEvents();
    }

    @Test
    void m1_a_draw_down_over_the_stages_remaining_allowance_is_refused() {
        fixture.given(opened(), statement1(), received("r-1", "1000.00"), terms(1, "survey", "600.00"),
                        drawn("d-1", "survey", "500.00"))
                .when(drawDown("d-2", "survey", "100.01"))
                .expectException(rule("M1"))
                .expectNoEvents();
    }

    @Test
    void m1_a_draw_down_of_exactly_the_remaining_allowance_is_allowed() {
        fixture.given(opened(), statement1(), received("r-1", "1000.00"), terms(1, "survey", "600.00"),
                        drawn("d-1", "survey", "500.00"))
                .when(drawDown("d-2", "survey", "100"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void m1_a_new_agreement_does_not_give_back_what_a_stage_has_drawn() {
        fixture.given(opened(), statement1(), received("r-1", "1000.00"), terms(1, "survey", "600.00"),
                        drawn("d-1", "survey", "500.00"), terms(2, "survey", "700.00"))
                .when(drawDown("d-2", "survey", "200.01"))
                .expectException(rule("M1"))
                .expectNoEvents();
    }

    @Test
    void m1_a_draw_down_over_the_balance_is_refused_so_the_balance_never_goes_negative() {
        fixture.given(opened(), statement1(), received("r-1", "100.00"), terms(1, "survey", "600.00"))
                .when(drawDown("d-1", "survey", "100.01"))
                .expectException(rule("M1"))
                .expectNoEvents();
    }

    @Test
    void m1_a_refund_over_the_balance_is_refused() {
        fixture.given(opened(), statement1(), received("r-1", "100.00"))
                .when(new RefundMoneyCommand(ID, "f-1", gbp("100.01"), LATER, "work cancelled"))
                .expectException(rule("M1"))
                .expectNoEvents();
    }

    @Test
    void m1_a_refund_issues_a_revised_statement() {
        fixture.given(opened(), statement1(), received("r-1", "100.00"))
                .when(new RefundMoneyCommand(ID, "f-1", gbp("40"), LATER, "work reduced"))
                .expectEvents(new MoneyRefundedEvent(ID, CLIENT, LATER, "f-1", gbp("40.00"), "work reduced"),
                        new StatementIssuedEvent(ID, CLIENT, LATER, 2, "money refunded", gbp("100.00"),
                                List.of(new StatementLine("f-1", MovementType.REFUND, gbp("40.00"), LATER, null, null,
                                        gbp("60.00"))), gbp("60.00")));
    }

    @Test
    void m1_completion_with_money_held_is_refused() {
        fixture.given(opened(), statement1(), received("r-1", "100.00"))
                .when(new CompleteWorkCommand(ID, LATER))
                .expectException(rule("M1"))
                .expectNoEvents();
    }

    @Test
    void m1_completion_at_a_zero_balance_issues_the_reconciliation_and_closes_the_account() {
        fixture.given(opened(), statement1(), received("r-1", "1000.00"), terms(1, "survey", "600.00"),
                        drawn("d-1", "survey", "600.00"),
                        new MoneyRefundedEvent(ID, CLIENT, LATER, "f-1", gbp("400.00"), "rest"))
                .when(new CompleteWorkCommand(ID, LATER))
                .expectEvents(new ClientAccountClosedEvent(ID, CLIENT, LATER, gbp("1000.00"), gbp("600.00"),
                        gbp("400.00"), gbp("0.00")));
    }

    @Test
    void m1_a_closed_account_takes_no_receipt() {
        fixture.given(opened(), statement1(), closed())
                .when(new RecordReceiptCommand(ID, "r-1", gbp("10"), LATER, "late payment"))
                .expectException(rule("M1"))
                .expectNoEvents();
    }

    @Test
    void m1_a_closed_account_takes_no_new_terms() {
        fixture.given(opened(), statement1(), closed())
                .when(new AgreeDrawDownTermsCommand(ID, List.of(new DrawDownStage("survey", gbp("600"))), "Ann Client",
                        LATER))
                .expectException(rule("M1"))
                .expectNoEvents();
    }

    @Test
    void m1_a_closed_account_is_not_completed_twice() {
        fixture.given(opened(), statement1(), closed())
                .when(new CompleteWorkCommand(ID, LATER))
                .expectException(rule("M1"))
                .expectNoEvents();
    }

    @Test
    void m1_a_movement_on_an_unknown_account_is_not_found() {
        fixture.givenNoPriorActivity()
                .when(new RecordReceiptCommand(ID, "r-1", gbp("10"), RECEIVED, "BACS 42"))
                .expectException(AggregateNotFoundException.class);
    }

    private static Matcher<BusinessRuleViolation> rule(String rule) {
        return allOf(org.hamcrest.Matchers.instanceOf(BusinessRuleViolation.class), hasProperty("rule", is(rule)));
    }

    private static DrawDownMoneyCommand drawDown(String id, String stage, String amount) {
        return new DrawDownMoneyCommand(ID, id, stage, gbp(amount), "INV-" + id, DRAWN);
    }

    private static ClientAccountOpenedEvent opened() {
        return new ClientAccountOpenedEvent(ID, CLIENT, OPENED, "survey of 1 High St", "GBP");
    }

    private static StatementIssuedEvent statement1() {
        return new StatementIssuedEvent(ID, CLIENT, OPENED, 1, "account opened", gbp("0.00"), List.of(), gbp("0.00"));
    }

    private static MoneyReceivedEvent received(String id, String amount) {
        return new MoneyReceivedEvent(ID, CLIENT, RECEIVED, id, gbp(amount), "BACS 42");
    }

    private static DrawDownTermsAgreedEvent terms(int version, String stage, String max) {
        return new DrawDownTermsAgreedEvent(ID, CLIENT, AGREED, version, List.of(new DrawDownStage(stage, gbp(max))),
                "Ann Client");
    }

    private static MoneyDrawnDownEvent drawn(String id, String stage, String amount) {
        return new MoneyDrawnDownEvent(ID, CLIENT, DRAWN, id, stage, gbp(amount), "INV-" + id);
    }

    private static ClientAccountClosedEvent closed() {
        return new ClientAccountClosedEvent(ID, CLIENT, LATER, gbp("0.00"), gbp("0.00"), gbp("0.00"), gbp("0.00"));
    }

    private static Money gbp(String amount) {
        return Money.of(amount, "GBP");
    }
}
