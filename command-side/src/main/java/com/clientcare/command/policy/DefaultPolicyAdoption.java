package com.clientcare.command.policy;

import com.clientcare.shared.policy.EnsureDefaultServicePolicyCommand;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * S6: the default policy is a recorded fact like any other version: at start-up, if no version was ever adopted,
 * version 1 (the defaults, effective since ever) is adopted by the system, once.
 */
@Component
public class DefaultPolicyAdoption {

    private static final Logger log = LoggerFactory.getLogger(DefaultPolicyAdoption.class);

    private final ServicePolicies policies;
    private final CommandGateway commands;
    private final Clock clock;

    public DefaultPolicyAdoption(ServicePolicies policies, CommandGateway commands, Clock clock) {
        this.policies = policies;
        this.commands = commands;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void adoptDefaultIfNone() {
        try {
            if (policies.versions().isEmpty()) {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(new EnsureDefaultServicePolicyCommand(
                        ServicePolicies.POLICY_ID, DefaultServicePolicy.terms(), clock.instant()))
                        .andMetaData(MetaData.with("user", "system")));
            }
        } catch (RuntimeException e) {
            // another instance adopted it first, or the store is not there yet: the defaults apply meanwhile
            log.warn("Default service policy not adopted now: {}", e.getMessage());
        }
    }
}
