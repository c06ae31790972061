package com.clientcare.command.infra;

import com.clientcare.web.api.ApiDescription;
import com.clientcare.web.api.ApiTag;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

/** What {@code /v3/api-docs} of the command side says; the examples are in {@code openapi/examples.json}. */
@Configuration
public class CommandSideApi {

    @Bean
    public ApiDescription commandSideApiDescription() {
        return new ApiDescription("Client care: command side", """
                Records what happens to clients, complaints, service levels and client money: every accepted \
                command is stored as events, and the service-level clocks start and stop on them. Staff tools, \
                web forms and telephony call it (role CONSUMER); adopting a service-policy version and erasing \
                personal data are ADMIN's. Reads are on the query side.

                A command that creates something answers 201 with `Location` and `{"id": ...}`; sending the same \
                id and body again is a safe retry. `If-Match` (a version) makes a change conditional. \
                `X-Correlation-Id` is echoed and kept in the metadata of every event the request causes. Times \
                are ISO-8601 instants; money is `{"amount": "1000.00", "currency": "USD"}`. Every refusal is \
                `application/problem+json` and records nothing.""",
                Map.of("client", ApiTag.CLIENTS, "complaint", ApiTag.COMPLAINTS, "sla", ApiTag.SERVICE_LEVELS,
                        "policy", ApiTag.SERVICE_LEVELS, "account", ApiTag.CLIENT_MONEY),
                // a client's marketing and feedback are recorded on the client, but read as their own areas
                Map.of("/api/clients/{clientId}/marketing-", ApiTag.MARKETING,
                        "/api/clients/{clientId}/feedback", ApiTag.SATISFACTION), true);
    }
}
