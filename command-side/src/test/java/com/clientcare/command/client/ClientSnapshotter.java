package com.clientcare.command.client;

import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;

import java.util.List;

/** Takes snapshots of clients as the application's snapshotter does, outside an application. */
public final class ClientSnapshotter {

    private ClientSnapshotter() {
    }

    public static AggregateSnapshotter over(EventStore eventStore) {
        return AggregateSnapshotter.builder().eventStore(eventStore)
                .aggregateFactories(new GenericAggregateFactory<>(Client.class))
                .parameterResolverFactory(MultiParameterResolverFactory.ordered(
                        ClasspathParameterResolverFactory.forClass(Client.class),
                        new SimpleResourceParameterResolverFactory(List.of(new ClientSegmentation(),
                                ClientHistory.NO_OLDER_FACTS))))
                .build();
    }
}
