package com.clientcare.query.account;

import com.clientcare.query.infra.ReadModelFold;
import com.clientcare.shared.account.AccountStatus;
import com.clientcare.shared.account.ClientAccountClosedEvent;
import com.clientcare.shared.account.ClientAccountEvent;
import com.clientcare.shared.account.ClientAccountOpenedEvent;
import com.clientcare.shared.account.DrawDownTermsAgreedEvent;
import com.clientcare.shared.account.MoneyDrawnDownEvent;
import com.clientcare.shared.account.MoneyReceivedEvent;
import com.clientcare.shared.account.MoneyRefundedEvent;
import com.clientcare.shared.account.MovementType;
import com.clientcare.shared.account.StatementIssuedEvent;
import com.clientcare.shared.common.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * M1: a client account with its balance, the terms in force (and every earlier agreement) and its movements, oldest
 * first. {@code version} is the sequence number of the account's latest event. The live read model and the auditors'
 * as-of view are the same fold of the account's events.
 */
public record AccountView(String id, String clientId, String purpose, String currency, Money balance,
                          AccountStatus status, Instant openedAt, Instant closedAt, Instant lastMovementAt,
                          int statementsIssued, long version, TermsView terms, List<TermsView> earlierTerms,
                          List<MovementView> movements) {

    static final String ERASED = "[erased]";

    public static Optional<AccountView> fold(List<ClientAccountEvent> history) {
        long[] sequence = {-1};
        return ReadModelFold.of(history, event -> {
            sequence[0]++;
            return event instanceof ClientAccountOpenedEvent opened ? opened(opened, sequence[0]) : null;
        }, (view, event) -> view.apply(event, sequence[0]));
    }

    static AccountView opened(ClientAccountOpenedEvent event, long sequence) {
        return new AccountView(event.accountId(), event.clientId(), event.purpose(), event.currency(),
                zero(event.currency()), AccountStatus.OPEN, event.openedAt(), null,
                event.openedAt(), 0, sequence, null, List.of(), List.of());
    }

    AccountView apply(ClientAccountEvent event, long sequence) {
        if (event instanceof MoneyReceivedEvent received) {
            return moved(new MovementView(received.receiptId(), MovementType.RECEIPT, received.amount(),
                    received.receivedAt(), received.reference(), null, null, plus(received.amount().amount())),
                    sequence);
        }
        if (event instanceof MoneyDrawnDownEvent drawn) {
            return moved(new MovementView(drawn.drawDownId(), MovementType.DRAW_DOWN, drawn.amount(), drawn.drawnAt(),
                    drawn.invoiceReference(), drawn.stage(), null, plus(drawn.amount().amount().negate())), sequence);
        }
        if (event instanceof MoneyRefundedEvent refunded) {
            return moved(new MovementView(refunded.refundId(), MovementType.REFUND, refunded.amount(),
                    refunded.refundedAt(), null, null, refunded.reason(), plus(refunded.amount().amount().negate())),
                    sequence);
        }
        if (event instanceof DrawDownTermsAgreedEvent agreed) {
            return agreed(agreed, sequence);
        }
        if (event instanceof StatementIssuedEvent statement) {
            return new AccountView(id, clientId, purpose, currency, balance, status, openedAt, closedAt,
                    lastMovementAt, statement.number(), sequence, terms, earlierTerms, movements);
        }
        if (event instanceof ClientAccountClosedEvent closed) {
            return new AccountView(id, clientId, purpose, currency, balance, AccountStatus.CLOSED, openedAt,
                    closed.completedAt(), lastMovementAt, statementsIssued, sequence, terms, earlierTerms, movements);
        }
        return this;
    }

    /** C8: who agreed the terms and why money was refunded are personal; amounts and dates stay. */
    AccountView erased() {
        return new AccountView(id, clientId, purpose, currency, balance, status, openedAt, closedAt, lastMovementAt,
                statementsIssued, version, terms == null ? null : erased(terms),
                earlierTerms.stream().map(AccountView::erased).toList(),
                movements.stream().map(MovementView::erased).toList());
    }

    AccountSummary summary() {
        return new AccountSummary(id, clientId, purpose, currency, balance, status, openedAt, lastMovementAt);
    }

    List<MovementView> movementsOf(MovementType type) {
        return movements.stream().filter(movement -> movement.type() == type).toList();
    }

    private AccountView moved(MovementView movement, long sequence) {
        List<MovementView> all = new ArrayList<>(movements);
        all.add(movement);
        Instant last = movement.at().isAfter(lastMovementAt) ? movement.at() : lastMovementAt;
        AccountView moved = new AccountView(id, clientId, purpose, currency, movement.balanceAfter(), status,
                openedAt, closedAt, last, statementsIssued, sequence, terms, earlierTerms, List.copyOf(all));
        return terms == null ? moved : moved.withTerms(terms, earlierTerms);
    }

    private AccountView agreed(DrawDownTermsAgreedEvent agreed, long sequence) {
        List<TermsView> earlier = new ArrayList<>(earlierTerms);
        if (terms != null) {
            earlier.add(terms);
        }
        TermsView agreement = new TermsView(agreed.version(), agreed.stages().stream()
                .map(stage -> new TermsView.Stage(stage.name(), stage.maxAmount(), null, null)).toList(),
                agreed.agreedBy(), agreed.agreedAt());
        return new AccountView(id, clientId, purpose, currency, balance, status, openedAt, closedAt, lastMovementAt,
                statementsIssued, sequence, terms, earlierTerms, movements).withTerms(agreement, List.copyOf(earlier));
    }

    /** The terms with each stage's drawn and remaining amounts: every draw-down under its name counts (as in M1). */
    private AccountView withTerms(TermsView agreement, List<TermsView> earlier) {
        TermsView current = new TermsView(agreement.version(), agreement.stages().stream().map(stage -> {
            BigDecimal drawn = movementsOf(MovementType.DRAW_DOWN).stream()
                    .filter(movement -> stage.name().equals(movement.stage()))
                    .map(movement -> movement.amount().amount())
                    .reduce(zero(currency).amount(), BigDecimal::add);
            return new TermsView.Stage(stage.name(), stage.maxAmount(), new Money(drawn, currency),
                    new Money(stage.maxAmount().amount().subtract(drawn), currency));
        }).toList(), agreement.agreedBy(), agreement.agreedAt());
        return new AccountView(id, clientId, purpose, currency, balance, status, openedAt, closedAt, lastMovementAt,
                statementsIssued, version, current, earlier, movements);
    }

    /** Zero at the currency's scale (0.00 GBP), as the command side writes every amount. */
    static Money zero(String currency) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        return new Money(BigDecimal.ZERO.setScale(Math.max(0, digits)), currency);
    }

    private Money plus(BigDecimal change) {
        return new Money(balance.amount().add(change), currency);
    }

    private static TermsView erased(TermsView terms) {
        return new TermsView(terms.version(), terms.stages(), ERASED, terms.agreedAt());
    }
}
