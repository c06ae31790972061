package com.clientcare.command.account;

import com.clientcare.command.complaint.ClientDirectory;
import com.clientcare.command.rules.BusinessRuleViolation;
import com.clientcare.command.rules.ConflictingRetry;
import com.clientcare.command.rules.SameFact;
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
import com.clientcare.shared.common.Money;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A client account (M1): money a client paid in advance for one engagement, in one currency. Every rule is decided
 * here from the account's own events: no draw-down without agreed terms, none beyond its stage's allowance or the
 * balance, one currency, nothing on a closed account, completion only at a zero balance. A statement follows every
 * movement.
 */
@Aggregate(cache = "clientAccountCache")
public class ClientAccount {

    static final String RULE = "M1";

    @AggregateIdentifier
    private String accountId;
    private ClientAccountOpenedEvent opened;
    private boolean closed;
    private BigDecimal balance;
    private int statements;
    private int termsVersion;
    private Map<String, BigDecimal> allowances = Map.of();
    /** Drawn down per stage name over the account's life: a new agreement does not give back what was drawn. */
    private final Map<String, BigDecimal> drawnPerStage = new HashMap<>();
    /** Every movement by its id, so that a retried request is told apart from a new one. */
    private final Map<String, Record> movements = new HashMap<>();
    private final Map<MovementType, BigDecimal> totals = new EnumMap<>(MovementType.class);

    protected ClientAccount() {
        // rehydrated from events by Axon
    }

    /** M1: for a registered client whose data is not erased; the same id and content again records nothing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(OpenClientAccountCommand command, ClientDirectory clients) {
        if (opened == null && AggregateLifecycle.getVersion() != null) {
            throw new ConflictingRetry("the id " + command.accountId() + " already names something else");
        }
        ClientAccountOpenedEvent event = new ClientAccountOpenedEvent(command.accountId(), command.clientId(),
                command.openedAt(), command.purpose(), command.currency());
        if (opened != null) {
            if (!SameFact.as(opened, event)) {
                throw new ConflictingRetry("client account " + accountId + " is already open with other details");
            }
            return;
        }
        ClientDirectory.Standing client = clients.standingOf(command.clientId()).orElseThrow(() ->
                new AggregateNotFoundException(command.clientId(), "no client is registered under "
                        + command.clientId()));
        if (client.erased()) {
            throw new BusinessRuleViolation("C8", "the personal data of client " + command.clientId()
                    + " was erased; its file takes no new facts");
        }
        if (command.openedAt().isBefore(client.registeredAt())) {
            throw new BusinessRuleViolation(RULE, "openedAt", "client " + command.clientId() + " was registered at "
                    + client.registeredAt() + "; an account of it cannot be opened before that");
        }
        apply(event);
        Money zero = AccountMoney.zero(command.currency());
        apply(new StatementIssuedEvent(accountId, opened.clientId(), command.openedAt(), 1, "account opened", zero,
                List.of(), zero));
    }

    /** M1: money paid in advance, in the account's currency. */
    @CommandHandler
    public void handle(RecordReceiptCommand command) {
        requireOpened(command.accountId());
        Money amount = AccountMoney.normalised(command.amount());
        MoneyReceivedEvent received = new MoneyReceivedEvent(accountId, opened.clientId(), command.receivedAt(),
                command.receiptId(), amount, command.reference());
        if (isRetry(command.receiptId(), received)) {
            return;
        }
        requireMovable(amount, command.receivedAt(), "receivedAt");
        apply(received);
        issueStatement("money received", line(command.receiptId(), MovementType.RECEIPT, amount,
                command.receivedAt(), command.reference(), null));
    }

    /** M1: a new agreement replaces the old one; both stay in the history. */
    @CommandHandler
    public void handle(AgreeDrawDownTermsCommand command) {
        requireOpened(command.accountId());
        requireNotClosed();
        requireNotBeforeOpening(command.agreedAt(), "agreedAt");
        Set<String> names = new HashSet<>();
        List<DrawDownStage> stages = command.stages().stream()
                .map(stage -> new DrawDownStage(stage.name(), AccountMoney.normalised(stage.maxAmount())))
                .toList();
        for (DrawDownStage stage : stages) {
            if (!names.add(stage.name())) {
                throw new BusinessRuleViolation(RULE, "stages", "stage " + stage.name() + " is named twice");
            }
            requireAccountCurrency(stage.maxAmount(), "stages");
            if (stage.maxAmount().amount().signum() <= 0) {
                throw new BusinessRuleViolation(RULE, "stages", "the maximum of stage " + stage.name()
                        + " must be positive");
            }
        }
        apply(new DrawDownTermsAgreedEvent(accountId, opened.clientId(), command.agreedAt(), termsVersion + 1, stages,
                command.agreedBy()));
    }

    /** M1: only under agreed terms, within the stage's remaining allowance and within the balance. */
    @CommandHandler
    public void handle(DrawDownMoneyCommand command) {
        requireOpened(command.accountId());
        Money amount = AccountMoney.normalised(command.amount());
        MoneyDrawnDownEvent drawn = new MoneyDrawnDownEvent(accountId, opened.clientId(), command.drawnAt(),
                command.drawDownId(), command.stage(), amount, command.invoiceReference());
        if (isRetry(command.drawDownId(), drawn)) {
            return;
        }
        requireMovable(amount, command.drawnAt(), "drawnAt");
        if (termsVersion == 0) {
            throw new BusinessRuleViolation(RULE, "no draw-down terms are agreed for client account " + accountId
                    + "; agree them with the client first");
        }
        BigDecimal allowance = allowances.get(command.stage());
        if (allowance == null) {
            throw new BusinessRuleViolation(RULE, "stage", "the agreed terms have no stage " + command.stage()
                    + "; they have " + allowances.keySet());
        }
        BigDecimal remaining = allowance.subtract(drawnPerStage.getOrDefault(command.stage(), BigDecimal.ZERO));
        if (amount.amount().compareTo(remaining) > 0) {
            throw new BusinessRuleViolation(RULE, "amount", "stage " + command.stage() + " allows "
                    + remaining.toPlainString() + " " + currency() + " more; " + amount.amount().toPlainString()
                    + " is over that");
        }
        requireWithinBalance(amount);
        apply(drawn);
        issueStatement("money drawn down", line(command.drawDownId(), MovementType.DRAW_DOWN, amount,
                command.drawnAt(), command.invoiceReference(), command.stage()));
    }

    /** M1: money returned to the client, never more than is held. */
    @CommandHandler
    public void handle(RefundMoneyCommand command) {
        requireOpened(command.accountId());
        Money amount = AccountMoney.normalised(command.amount());
        MoneyRefundedEvent refunded = new MoneyRefundedEvent(accountId, opened.clientId(), command.refundedAt(),
                command.refundId(), amount, command.reason());
        if (isRetry(command.refundId(), refunded)) {
            return;
        }
        requireMovable(amount, command.refundedAt(), "refundedAt");
        requireWithinBalance(amount);
        apply(refunded);
        issueStatement("money refunded", line(command.refundId(), MovementType.REFUND, amount, command.refundedAt(),
                null, null));
    }

    /** M1: the reconciliation closes the account, only once no money is held (refund the rest first). */
    @CommandHandler
    public void handle(CompleteWorkCommand command) {
        requireOpened(command.accountId());
        requireNotClosed();
        requireNotBeforeOpening(command.completedAt(), "completedAt");
        if (balance.signum() != 0) {
            throw new BusinessRuleViolation(RULE, "client account " + accountId + " still holds "
                    + balance.toPlainString() + " " + currency() + "; draw it down or refund it before completion");
        }
        apply(new ClientAccountClosedEvent(accountId, opened.clientId(), command.completedAt(),
                total(MovementType.RECEIPT), total(MovementType.DRAW_DOWN), total(MovementType.REFUND),
                money(balance)));
    }

    /** A movement id seen before: the same fact again records nothing, another fact under it is a conflict. */
    private boolean isRetry(String movementId, Record movement) {
        Record earlier = movements.get(movementId);
        if (earlier == null) {
            return false;
        }
        if (!SameFact.as(earlier, movement)) {
            throw new ConflictingRetry("movement " + movementId + " of client account " + accountId
                    + " is already recorded with other details");
        }
        return true;
    }

    private void requireMovable(Money amount, Instant at, String timeField) {
        requireNotClosed();
        requireAccountCurrency(amount, "amount.currency");
        if (amount.amount().signum() <= 0) {
            throw new BusinessRuleViolation(RULE, "amount.amount", "an amount moved must be positive");
        }
        if (!AccountMoney.inMinorUnits(amount)) {
            throw new BusinessRuleViolation(RULE, "amount.amount", "an amount is paid in whole minor units of "
                    + amount.currency());
        }
        requireNotBeforeOpening(at, timeField);
    }

    private void requireWithinBalance(Money amount) {
        if (amount.amount().compareTo(balance) > 0) {
            throw new BusinessRuleViolation(RULE, "amount", "client account " + accountId + " holds "
                    + balance.toPlainString() + " " + currency() + "; " + amount.amount().toPlainString()
                    + " would take it below zero");
        }
    }

    private void requireAccountCurrency(Money amount, String field) {
        if (!amount.currency().equals(currency())) {
            throw new BusinessRuleViolation(RULE, field, "client account " + accountId + " holds " + currency()
                    + " only, not " + amount.currency());
        }
    }

    private void requireNotBeforeOpening(Instant at, String field) {
        if (at.isBefore(opened.openedAt())) {
            throw new BusinessRuleViolation(RULE, field, field + " cannot come before the account was opened ("
                    + opened.openedAt() + ")");
        }
    }

    private void requireNotClosed() {
        if (closed) {
            throw new BusinessRuleViolation(RULE, "client account " + accountId + " is closed: the work is complete"
                    + " and reconciled, it takes no more movements");
        }
    }

    /** A stream of another kind under this id is no account: 404, as for an unknown id. */
    private void requireOpened(String id) {
        if (opened == null) {
            throw new AggregateNotFoundException(id, "no client account is open under " + id);
        }
    }

    /** The statement after one movement: the movement and the balance before and after (applied already). */
    private void issueStatement(String reason, StatementLine movement) {
        Money closing = movement.balanceAfter();
        BigDecimal change = movement.type() == MovementType.RECEIPT ? movement.amount().amount()
                : movement.amount().amount().negate();
        apply(new StatementIssuedEvent(accountId, opened.clientId(), movement.at(), statements + 1, reason,
                money(closing.amount().subtract(change)), List.of(movement), closing));
    }

    private StatementLine line(String id, MovementType type, Money amount, Instant at, String reference,
                               String stage) {
        return new StatementLine(id, type, amount, at, reference, stage, money(balance));
    }

    private Money total(MovementType type) {
        return money(totals.getOrDefault(type, BigDecimal.ZERO));
    }

    private Money money(BigDecimal amount) {
        return AccountMoney.normalised(new Money(amount, currency()));
    }

    private String currency() {
        return opened.currency();
    }

    @EventSourcingHandler
    void on(ClientAccountOpenedEvent event) {
        accountId = event.accountId();
        opened = event;
        balance = BigDecimal.ZERO;
    }

    @EventSourcingHandler
    void on(MoneyReceivedEvent event) {
        movements.put(event.receiptId(), event);
        totals.merge(MovementType.RECEIPT, event.amount().amount(), BigDecimal::add);
        balance = balance.add(event.amount().amount());
    }

    @EventSourcingHandler
    void on(DrawDownTermsAgreedEvent event) {
        termsVersion = event.version();
        Map<String, BigDecimal> agreed = new HashMap<>();
        event.stages().forEach(stage -> agreed.put(stage.name(), stage.maxAmount().amount()));
        allowances = agreed;
    }

    @EventSourcingHandler
    void on(MoneyDrawnDownEvent event) {
        movements.put(event.drawDownId(), event);
        totals.merge(MovementType.DRAW_DOWN, event.amount().amount(), BigDecimal::add);
        drawnPerStage.merge(event.stage(), event.amount().amount(), BigDecimal::add);
        balance = balance.subtract(event.amount().amount());
    }

    @EventSourcingHandler
    void on(MoneyRefundedEvent event) {
        movements.put(event.refundId(), event);
        totals.merge(MovementType.REFUND, event.amount().amount(), BigDecimal::add);
        balance = balance.subtract(event.amount().amount());
    }

    @EventSourcingHandler
    void on(StatementIssuedEvent event) {
        statements = event.number();
    }

    @EventSourcingHandler
    void on(ClientAccountClosedEvent event) {
        closed = true;
    }
}
