package com.clientcare.eventstore.benchmark;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A minimal event-sourced aggregate for measuring commands per second through a command bus. */
public class BenchAccount {

    public record OpenAccountCommand(@TargetAggregateIdentifier String id) {
    }

    public record DepositCommand(@TargetAggregateIdentifier String id, long amount) {
    }

    public record AccountOpenedEvent(String id, String note) {
    }

    public record DepositedEvent(String id, long amount, String note) {
    }

    @AggregateIdentifier
    private String id;
    private long balance;

    protected BenchAccount() {
    }

    @CommandHandler
    public BenchAccount(OpenAccountCommand command) {
        apply(new AccountOpenedEvent(command.id(), BenchmarkStore.NOTE));
    }

    @CommandHandler
    public void handle(DepositCommand command) {
        apply(new DepositedEvent(id, command.amount(), BenchmarkStore.NOTE));
    }

    @EventSourcingHandler
    void on(AccountOpenedEvent event) {
        id = event.id();
    }

    @EventSourcingHandler
    void on(DepositedEvent event) {
        balance += event.amount();
    }
}
