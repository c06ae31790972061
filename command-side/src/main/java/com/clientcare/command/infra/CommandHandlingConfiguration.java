package com.clientcare.command.infra;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.Executors;

/**
 * The command path: aggregates kept in memory between commands (a hot client is not reloaded from the store for
 * each one; a failed command evicts its aggregate), commands that lost a race for their aggregate sent again, and
 * a caller's If-Match checked against the aggregate's version.
 */
@Configuration
public class CommandHandlingConfiguration {

    /*
     * One cache per aggregate type, named in its {@code @Aggregate(cache = ...)}; entries go when memory is needed.
     * A cache is keyed by aggregate id alone, so a shared one would hand one type's aggregate to another's
     * repository when an id is reused across kinds.
     */
    @Bean
    public Cache clientCache() {
        return new WeakReferenceCache();
    }

    @Bean
    public Cache complaintCache() {
        return new WeakReferenceCache();
    }

    @Bean
    public Cache serviceLevelClockCache() {
        return new WeakReferenceCache();
    }

    @Bean
    public Cache clientAccountCache() {
        return new WeakReferenceCache();
    }

    @Bean
    public Cache servicePolicyCache() {
        return new WeakReferenceCache();
    }

    /** Axon looks this component up for every aggregate: the target of a command and its If-Match version. */
    @Bean
    public ExpectedVersion commandTargetResolver() {
        return new ExpectedVersion();
    }

    @Bean
    public CommandGateway commandGateway(CommandBus commandBus,
                                         @Value("${clientcare.commands.conflict-retries:3}") int retries,
                                         @Value("${clientcare.commands.conflict-retry-millis:10}") long delay) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(new ConflictRetries(Executors.newSingleThreadScheduledExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "command-retries");
                    thread.setDaemon(true);
                    return thread;
                }), retries, delay))
                .build();
    }
}
