package com.clientcare.command.client;

import com.clientcare.command.infra.ClientIndex;
import com.clientcare.shared.account.ClientAccountOpenedEvent;
import com.mongodb.client.MongoDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.util.List;

/** C8, M1: which accounts hold a client's money, so that the export holds them ({@code client_accounts_of_client}). */
@Component
@ProcessingGroup("client-account-index")
public class ClientAccountsOfClient {

    private final ClientIndex index;

    public ClientAccountsOfClient(MongoDatabase database) {
        this.index = new ClientIndex(database, "client_accounts_of_client", "accountIds");
    }

    @EventHandler
    void on(ClientAccountOpenedEvent event) {
        index.add(event.clientId(), event.accountId());
    }

    /** The client's accounts, in the order they were opened. */
    public List<String> of(String clientId) {
        return index.of(clientId);
    }
}
