package com.clientcare.query.account;

import com.clientcare.query.infra.InMemoryMongo;
import com.clientcare.shared.account.AccountStatus;
import com.clientcare.shared.account.ClientAccountClosedEvent;
import com.clientcare.shared.account.ClientAccountEvent;
import com.clientcare.shared.account.ClientAccountOpenedEvent;
import com.clientcare.shared.account.DrawDownStage;
import com.clientcare.shared.account.DrawDownTermsAgreedEvent;
import com.clientcare.shared.account.MoneyDrawnDownEvent;
import com.clientcare.shared.account.MoneyReceivedEvent;
import com.clientcare.shared.account.MoneyRefundedEvent;
import com.clientcare.shared.account.MovementType;
import com.clientcare.shared.account.StatementIssuedEvent;
import com.clientcare.shared.account.StatementLine;
import com.clientcare.shared.client.PersonalDataErasedEvent;
import com.clientcare.shared.common.Money;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** M1: balances, terms, statements, reconciliations and the analysts' figures as the projection keeps them. */
class ClientAccountsProjectionTest {

    private static final Instant OPENED = Instant.parse("2026-01-05T10:00:00Z");
    private static final Instant RECEIVED = Instant.parse("2026-01-06T10:00:00Z");
    private static final Instant AGREED = Instant.parse("2026-01-07T10:00:00Z");
    private static final Instant DRAWN = Instant.parse("2026-01-08T10:00:00Z");
    private static final Instant REFUNDED = Instant.parse("2026-01-09T10:00:00Z");
    private static final Instant COMPLETED = Instant.parse("2026-01-10T10:00:00Z");

    private InMemoryMongo mongo;
    private ClientAccountsProjection projection;
    private final List<ClientAccountEvent> history = new ArrayList<>();

    @BeforeEach
    void setUp() {
        mongo = new InMemoryMongo();
        projection = new ClientAccountsProjection(mongo.database("test"),
                new ObjectMapper().registerModule(new JavaTimeModule()));
    }

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void m1_the_balance_follows_receipts_draw_downs_and_refunds_exactly() {
        openAndFund("a-1", "c-1", "1000.10");
        agree("a-1", "c-1");
        drawDown("a-1", "c-1", "d-1", "600.05", 3);
        refund("a-1", "c-1", "f-1", "0.05", 4);

        AccountView account = projection.account("a-1").orElseThrow();
        assertThat(account.balance()).isEqualTo(gbp("400.00"));
        assertThat(account.movements()).extracting(MovementView::type)
                .containsExactly(MovementType.RECEIPT, MovementType.DRAW_DOWN, MovementType.REFUND);
        assertThat(account.movements()).extracting(movement -> movement.balanceAfter().amount().toPlainString())
                .containsExactly("1000.10", "400.05", "400.00");
        assertThat(account.terms().stages()).singleElement().satisfies(stage -> {
            assertThat(stage.drawn()).isEqualTo(gbp("600.05"));
            assertThat(stage.remaining()).isEqualTo(gbp("99.95"));
        });
        assertThat(account.statementsIssued()).isEqualTo(4);
        assertThat(account.version()).isEqualTo(history.size() - 1);
    }

    @Test
    void m1_statements_are_kept_exactly_as_issued_in_number_order() {
        openAndFund("a-1", "c-1", "1000.00");

        assertThat(projection.statements("a-1", 0, 100).items()).extracting(StatementView::number)
                .containsExactly(1, 2);
        StatementView second = projection.statement("a-1", 2).orElseThrow();
        assertThat(second.openingBalance()).isEqualTo(gbp("0.00"));
        assertThat(second.closingBalance()).isEqualTo(gbp("1000.00"));
        assertThat(second.movements()).singleElement().extracting(StatementLine::reference).isEqualTo("BACS 1");
    }

    @Test
    void m1_handling_every_event_twice_leaves_the_same_balances_and_totals() {
        openAndFund("a-1", "c-1", "1000.00");
        history.forEach(this::handleAgain);

        assertThat(projection.account("a-1").orElseThrow().balance()).isEqualTo(gbp("1000.00"));
        assertThat(projection.held()).containsExactly(new MoneyHeld("GBP", gbp("1000.00"), 1));
        assertThat(projection.statements("a-1", 0, 100).total()).isEqualTo(2);
    }

    @Test
    void m1_a_new_agreement_keeps_the_earlier_one_in_the_history() {
        openAndFund("a-1", "c-1", "1000.00");
        agree("a-1", "c-1");
        handle(new DrawDownTermsAgreedEvent("a-1", "c-1", DRAWN, 2,
                List.of(new DrawDownStage("report", gbp("300.00"))), "Ann Client"));

        AccountView account = projection.account("a-1").orElseThrow();
        assertThat(account.terms().version()).isEqualTo(2);
        assertThat(account.earlierTerms()).extracting(TermsView::version).containsExactly(1);
    }

    @Test
    void m1_completion_issues_the_reconciliation_and_moves_the_account_to_closed() {
        openAndFund("a-1", "c-1", "1000.00");
        agree("a-1", "c-1");
        drawDown("a-1", "c-1", "d-1", "700.00", 3);
        refund("a-1", "c-1", "f-1", "300.00", 4);
        handle(new ClientAccountClosedEvent("a-1", "c-1", COMPLETED, gbp("1000.00"), gbp("700.00"), gbp("300.00"),
                gbp("0.00")));

        Reconciliation reconciliation = projection.reconciliation("a-1").orElseThrow();
        assertThat(reconciliation.receipts()).extracting(MovementView::reference).containsExactly("BACS 1");
        assertThat(reconciliation.drawDowns()).extracting(MovementView::at).containsExactly(DRAWN);
        assertThat(reconciliation.refunds()).extracting(MovementView::amount).containsExactly(gbp("300.00"));
        assertThat(reconciliation.closingBalance()).isEqualTo(gbp("0.00"));
        assertThat(projection.accounts(null, AccountStatus.CLOSED, 0, 100).items()).extracting(AccountSummary::id)
                .containsExactly("a-1");
        assertThat(projection.accounts(null, AccountStatus.OPEN, 0, 100).total()).isZero();
        assertThat(projection.held()).containsExactly(new MoneyHeld("GBP", gbp("0.00"), 0));
    }

    @Test
    void m1_accounts_of_a_client_are_paged_with_the_total() {
        openAndFund("a-1", "c-1", "10.00");
        openAndFund("a-2", "c-1", "20.00");
        openAndFund("a-3", "c-2", "30.00");

        ClientAccountsProjection.AccountPage page = projection.accounts("c-1", null, 1, 1);

        assertThat(page.items()).extracting(AccountSummary::id).containsExactly("a-2");
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void m1_money_held_is_totalled_per_currency_over_open_accounts() {
        openAndFund("a-1", "c-1", "10.50");
        openAndFund("a-2", "c-2", "20.25");
        handle(new ClientAccountOpenedEvent("a-3", "c-3", OPENED, "audit", "USD"), 0);
        handle(new MoneyReceivedEvent("a-3", "c-3", RECEIVED, "r-1", Money.of("5.00", "USD"), "wire"), 1);

        assertThat(projection.held()).containsExactly(new MoneyHeld("GBP", gbp("30.75"), 2),
                new MoneyHeld("USD", Money.of("5.00", "USD"), 1));
    }

    @Test
    void m1_accounts_idle_for_90_days_are_those_whose_last_movement_is_older() {
        openAndFund("a-old", "c-1", "10.00");
        handle(new ClientAccountOpenedEvent("a-new", "c-2", OPENED, "audit", "GBP"), 0);
        handle(new MoneyReceivedEvent("a-new", "c-2", Instant.parse("2026-04-20T10:00:00Z"), "r-1", gbp("5.00"),
                "BACS"), 1);

        ClientAccountsProjection.AccountPage idle =
                projection.idleSince(Instant.parse("2026-04-10T00:00:00Z"), 0, 100);

        assertThat(idle.items()).extracting(AccountSummary::id).containsExactly("a-old");
        assertThat(idle.total()).isEqualTo(1);
    }

    @Test
    void c8_erasure_blanks_who_agreed_and_refund_reasons_and_keeps_amounts_and_dates() {
        openAndFund("a-1", "c-1", "1000.00");
        agree("a-1", "c-1");
        refund("a-1", "c-1", "f-1", "100.00", 3);

        projection.on(new PersonalDataErasedEvent("c-1", "request", COMPLETED));

        AccountView account = projection.account("a-1").orElseThrow();
        assertThat(account.terms().agreedBy()).isEqualTo("[erased]");
        assertThat(account.movements()).filteredOn(movement -> movement.type() == MovementType.REFUND)
                .singleElement().satisfies(refund -> {
                    assertThat(refund.reason()).isEqualTo("[erased]");
                    assertThat(refund.amount()).isEqualTo(gbp("100.00"));
                    assertThat(refund.at()).isEqualTo(REFUNDED);
                });
    }

    @Test
    void m1_the_as_of_fold_gives_the_live_view() {
        openAndFund("a-1", "c-1", "1000.00");
        agree("a-1", "c-1");
        drawDown("a-1", "c-1", "d-1", "100.00", 3);

        assertThat(AccountView.fold(history)).contains(projection.account("a-1").orElseThrow());
    }

    private void openAndFund(String account, String client, String amount) {
        history.clear();
        handle(new ClientAccountOpenedEvent(account, client, OPENED, "building survey", "GBP"), 0);
        handle(new StatementIssuedEvent(account, client, OPENED, 1, "account opened", gbp("0.00"), List.of(),
                gbp("0.00")), 1);
        handle(new MoneyReceivedEvent(account, client, RECEIVED, "r-1", gbp(amount), "BACS 1"), 2);
        handle(new StatementIssuedEvent(account, client, RECEIVED, 2, "money received", gbp("0.00"),
                List.of(new StatementLine("r-1", MovementType.RECEIPT, gbp(amount), RECEIVED, "BACS 1", null,
                        gbp(amount))), gbp(amount)), 3);
    }

    private void agree(String account, String client) {
        handle(new DrawDownTermsAgreedEvent(account, client, AGREED, 1,
                List.of(new DrawDownStage("survey", gbp("700.00"))), "Ann Client"));
    }

    private void drawDown(String account, String client, String id, String amount, int statement) {
        handle(new MoneyDrawnDownEvent(account, client, DRAWN, id, "survey", gbp(amount), "INV-" + id));
        handle(new StatementIssuedEvent(account, client, DRAWN, statement, "money drawn down", gbp("0.00"),
                List.of(), gbp("0.00")));
    }

    private void refund(String account, String client, String id, String amount, int statement) {
        handle(new MoneyRefundedEvent(account, client, REFUNDED, id, gbp(amount), "work reduced"));
        handle(new StatementIssuedEvent(account, client, REFUNDED, statement, "money refunded", gbp("0.00"),
                List.of(), gbp("0.00")));
    }

    /** The next event of the account in the history, with its sequence number. */
    private void handle(ClientAccountEvent event) {
        handle(event, history.size());
    }

    private void handle(ClientAccountEvent event, long sequence) {
        if (sequence == history.size()) {
            history.add(event);
        }
        dispatch(event, sequence);
    }

    private void handleAgain(ClientAccountEvent event) {
        dispatch(event, history.indexOf(event));
    }

    private void dispatch(ClientAccountEvent event, long sequence) {
        if (event instanceof ClientAccountOpenedEvent opened) {
            projection.on(opened, sequence);
        } else {
            projection.on(event, sequence);
        }
    }

    private static Money gbp(String amount) {
        return Money.of(amount, "GBP");
    }
}
