package com.clientcare.eventstore;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

import java.util.Set;

/**
 * The embedded server's H2 file store, made durable: mongo-java-server's H2 backend commits in the background,
 * so an acknowledged write could be lost by a hard stop. This one commits every write to the file before the
 * reply is sent, so a write acknowledged to the driver survives the process being killed.
 */
final class DurableH2Backend extends H2Backend {

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify",
            "createindexes", "dropindexes", "drop", "dropdatabase", "create", "renamecollection");

    private final MVStore store;

    private DurableH2Backend(MVStore store) {
        super(store);
        this.store = store;
    }

    static DurableH2Backend open(String fileName) {
        return new DurableH2Backend(new MVStore.Builder().fileName(fileName).autoCommitDisabled().open());
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        Document reply = super.handleCommand(channel, databaseName, command, query);
        if (WRITES.contains(command.toLowerCase())) {
            store.commit();
        }
        return reply;
    }
}
