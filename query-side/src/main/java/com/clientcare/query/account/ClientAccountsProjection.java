package com.clientcare.query.account;

import com.clientcare.query.infra.DocumentCollection;
import com.clientcare.query.infra.ZeroPadded;
import com.clientcare.shared.account.AccountStatus;
import com.clientcare.shared.account.ClientAccountClosedEvent;
import com.clientcare.shared.account.ClientAccountEvent;
import com.clientcare.shared.account.ClientAccountOpenedEvent;
import com.clientcare.shared.account.FindClientAccountQuery;
import com.clientcare.shared.account.FindClientAccountsQuery;
import com.clientcare.shared.account.FindClientMoneyHeldQuery;
import com.clientcare.shared.account.FindIdleClientAccountsQuery;
import com.clientcare.shared.account.FindReconciliationQuery;
import com.clientcare.shared.account.FindStatementQuery;
import com.clientcare.shared.account.FindStatementsQuery;
import com.clientcare.shared.account.StatementIssuedEvent;
import com.clientcare.shared.client.PersonalDataErasedEvent;
import com.clientcare.shared.common.Money;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Client money (M1). Every read is by exact key or a range of keys, never a scan of another field (the embedded
 * store scans those): {@code client_accounts} by account id; {@code client_account_statements} by
 * {@code accountId:number}, numbered without gaps, so a page is a list of exact keys; {@code client_accounts_by_client}
 * by client id, one document listing the client's accounts; {@code client_accounts_by_status} by
 * {@code status:accountId} and {@code client_accounts_open_by_last_movement} by {@code millis:accountId} (open accounts
 * only, for the idle ones), read as key ranges; {@code client_money_held} by currency;
 * {@code client_account_reconciliations} by account id. Every write is an upsert or a delete by key, so handling an
 * event twice leaves the same state.
 */
@Component
@ProcessingGroup(ClientAccountsProjection.NAME)
public class ClientAccountsProjection {

    public static final String NAME = "client-accounts";
    private static final String SEPARATOR = ":";
    private static final int ALL = 0;

    private final DocumentCollection<AccountView> accounts;
    private final DocumentCollection<StatementView> statements;
    private final DocumentCollection<ClientAccounts> byClient;
    private final DocumentCollection<AccountSummary> byStatus;
    private final DocumentCollection<AccountSummary> openByLastMovement;
    private final DocumentCollection<MoneyHeld> held;
    private final DocumentCollection<Reconciliation> reconciliations;

    public ClientAccountsProjection(MongoDatabase database, ObjectMapper mapper) {
        this.accounts = new DocumentCollection<>(database, "client_accounts", AccountView.class, mapper);
        this.statements = new DocumentCollection<>(database, "client_account_statements", StatementView.class,
                mapper);
        this.byClient = new DocumentCollection<>(database, "client_accounts_by_client", ClientAccounts.class, mapper);
        this.byStatus = new DocumentCollection<>(database, "client_accounts_by_status", AccountSummary.class, mapper);
        this.openByLastMovement = new DocumentCollection<>(database, "client_accounts_open_by_last_movement",
                AccountSummary.class, mapper);
        this.held = new DocumentCollection<>(database, "client_money_held", MoneyHeld.class, mapper);
        this.reconciliations = new DocumentCollection<>(database, "client_account_reconciliations",
                Reconciliation.class, mapper);
    }

    @EventHandler
    void on(ClientAccountOpenedEvent event, @SequenceNumber long sequence) {
        if (accounts.get(event.accountId()).isPresent()) {
            return;
        }
        AccountView opened = AccountView.opened(event, sequence);
        store(null, opened);
        MoneyHeld before = held.get(event.currency()).orElse(new MoneyHeld(event.currency(),
                AccountView.zero(event.currency()), 0));
        held.put(event.currency(), new MoneyHeld(before.currency(), before.held(), before.openAccounts() + 1));
    }

    @EventHandler
    void on(ClientAccountEvent event, @SequenceNumber long sequence) {
        accounts.get(event.accountId()).filter(before -> before.version() < sequence).ifPresent(before -> {
            AccountView after = before.apply(event, sequence);
            store(before, after);
            if (event instanceof StatementIssuedEvent issued) {
                statements.put(statementKey(issued.accountId(), issued.number()), StatementView.of(issued));
            }
            if (event instanceof ClientAccountClosedEvent closed) {
                reconciliations.put(closed.accountId(), Reconciliation.of(after, closed));
            }
            heldChanged(before, after);
        });
    }

    /** C8: who agreed terms and why money was refunded are blanked; amounts, dates and statements stay. */
    @EventHandler
    void on(PersonalDataErasedEvent event) {
        for (AccountSummary summary : accountsOf(event.clientId())) {
            accounts.get(summary.id()).ifPresent(view -> accounts.put(view.id(), view.erased()));
            reconciliations.get(summary.id()).ifPresent(found -> reconciliations.put(summary.id(), found.erased()));
        }
    }

    @ResetHandler
    void reset() {
        List.of(accounts, statements, byClient, byStatus, openByLastMovement, held, reconciliations)
                .forEach(DocumentCollection::clear);
    }

    public Optional<AccountView> account(String id) {
        return accounts.get(id);
    }

    /** A client's accounts in account id order, or by status then account id; either filter may be null. */
    public AccountPage accounts(String clientId, AccountStatus status, int page, int size) {
        if (clientId != null) {
            List<AccountSummary> ofClient = accountsOf(clientId).stream()
                    .filter(summary -> status == null || summary.status() == status)
                    .toList();
            return new AccountPage(ofClient.stream().skip((long) page * size).limit(size).toList(), ofClient.size());
        }
        String prefix = status == null ? "" : status.name() + SEPARATOR;
        return new AccountPage(byStatus.withIdBetween(prefix, end(prefix), skip(page, size), size),
                byStatus.countWithIdBetween(prefix, end(prefix)));
    }

    /** Statements are numbered 1 to n without gaps, so a page is a list of exact keys. */
    public StatementPage statements(String accountId, int page, int size) {
        int issued = accounts.get(accountId).map(AccountView::statementsIssued).orElse(0);
        int first = skip(page, size) + 1;
        List<String> keys = new ArrayList<>();
        for (long number = first; number < (long) first + size && number <= issued; number++) {
            keys.add(statementKey(accountId, (int) number));
        }
        return new StatementPage(statements.getAll(keys), issued);
    }

    public Optional<StatementView> statement(String accountId, int number) {
        return statements.get(statementKey(accountId, number));
    }

    public Optional<Reconciliation> reconciliation(String accountId) {
        return reconciliations.get(accountId);
    }

    /** Client money held per currency over the open accounts, currencies in alphabetical order. */
    public List<MoneyHeld> held() {
        return held.withIdBetween("", end(""), 0, ALL);
    }

    /** Open accounts whose latest movement (or opening) is before {@code cutoff}, longest idle first. */
    public AccountPage idleSince(Instant cutoff, int page, int size) {
        String before = millis(cutoff);
        return new AccountPage(openByLastMovement.withIdBetween("", before, skip(page, size), size),
                openByLastMovement.countWithIdBetween("", before));
    }

    /** A page of accounts and how many there are in all (a class of its own: Axon matches answers by raw class). */
    public record AccountPage(List<AccountSummary> items, long total) {
    }

    /** A page of statements and how many were issued in all. */
    public record StatementPage(List<StatementView> items, long total) {
    }

    @QueryHandler
    public Optional<AccountView> handle(FindClientAccountQuery query) {
        return account(query.accountId());
    }

    @QueryHandler
    public AccountPage handle(FindClientAccountsQuery query) {
        return accounts(query.clientId(), query.status(), query.page(), query.size());
    }

    @QueryHandler
    public StatementPage handle(FindStatementsQuery query) {
        return statements(query.accountId(), query.page(), query.size());
    }

    @QueryHandler
    public Optional<StatementView> handle(FindStatementQuery query) {
        return statement(query.accountId(), query.number());
    }

    @QueryHandler
    public Optional<Reconciliation> handle(FindReconciliationQuery query) {
        return reconciliation(query.accountId());
    }

    @QueryHandler
    public List<MoneyHeld> handle(FindClientMoneyHeldQuery query) {
        return held();
    }

    @QueryHandler
    public AccountPage handle(FindIdleClientAccountsQuery query) {
        return idleSince(query.cutoff(), query.page(), query.size());
    }

    private void store(AccountView before, AccountView after) {
        accounts.put(after.id(), after);
        AccountSummary summary = after.summary();
        byClient.put(after.clientId(), byClient.get(after.clientId())
                .orElse(new ClientAccounts(after.clientId(), List.of())).with(summary));
        if (before != null && before.status() != after.status()) {
            byStatus.remove(before.status().name() + SEPARATOR + before.id());
        }
        byStatus.put(after.status().name() + SEPARATOR + after.id(), summary);
        if (before != null) {
            openByLastMovement.remove(idleKey(before));
        }
        if (after.status() == AccountStatus.OPEN) {
            openByLastMovement.put(idleKey(after), summary);
        }
    }

    private void heldChanged(AccountView before, AccountView after) {
        boolean closedNow = before.status() == AccountStatus.OPEN && after.status() == AccountStatus.CLOSED;
        if (before.balance().equals(after.balance()) && !closedNow) {
            return;
        }
        MoneyHeld total = held.get(after.currency()).orElseThrow();
        held.put(after.currency(), new MoneyHeld(total.currency(), new Money(total.held().amount()
                .add(after.balance().amount()).subtract(before.balance().amount()), total.currency()),
                total.openAccounts() - (closedNow ? 1 : 0)));
    }

    /** Fixed-width milliseconds sort as numbers do, so the key range is in order of idleness. */
    private static String idleKey(AccountView view) {
        return millis(view.lastMovementAt()) + SEPARATOR + view.id();
    }

    private static String millis(Instant at) {
        return ZeroPadded.of(at.toEpochMilli(), 15);
    }

    private List<AccountSummary> accountsOf(String clientId) {
        return byClient.get(clientId).map(ClientAccounts::accounts).orElse(List.of());
    }

    /** How many to pass over for a page; a page past any list's end asks for no overflow. */
    private static int skip(int page, int size) {
        return (int) Math.min((long) page * size, Integer.MAX_VALUE);
    }

    /** Just past every key that starts with {@code prefix}. */
    private static String end(String prefix) {
        return prefix + Character.MAX_VALUE;
    }

    private static String statementKey(String accountId, int number) {
        return accountId + SEPARATOR + ZeroPadded.of(number, 6);
    }
}
