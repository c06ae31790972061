package com.clientcare.query.cluster;

import com.clientcare.eventstore.cluster.InstanceName;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A processor paused on every query-side instance while one of them resets it ({@code cluster_processor_pauses}):
 * the others stop their part of it (releasing its segments) and start it again once the pause is lifted, so no
 * instance keeps writing the old read model while it is rebuilt. A pause whose instance died lapses by itself.
 */
@Component
public class ProcessorPauses {

    private static final Logger log = LoggerFactory.getLogger(ProcessorPauses.class);

    private final MongoCollection<Document> pauses;
    private final Set<String> pausedHere = ConcurrentHashMap.newKeySet();
    private final Clock clock = Clock.systemUTC();

    public ProcessorPauses(MongoDatabase database) {
        this.pauses = database.getCollection("cluster_processor_pauses");
    }

    public void pause(String processor, Duration atMost) {
        pauses.replaceOne(Filters.eq("_id", processor),
                new Document("_id", processor).append("by", InstanceName.get())
                        .append("until", Date.from(clock.instant().plus(atMost))),
                new ReplaceOptions().upsert(true));
    }

    public void lift(String processor) {
        pauses.deleteOne(Filters.and(Filters.eq("_id", processor), Filters.eq("by", InstanceName.get())));
    }

    /** Stops this instance's part of a processor another instance paused; starts it again once lifted. */
    public void follow(String name, StreamingEventProcessor processor) {
        Document pause = pauses.find(Filters.and(Filters.eq("_id", name),
                Filters.gt("until", Date.from(clock.instant())))).first();
        boolean pausedElsewhere = pause != null && !InstanceName.get().equals(pause.getString("by"));
        if (pausedElsewhere && processor.isRunning()) {
            log.info("Processor {} paused by {} for a reset: stopping it here", name, pause.getString("by"));
            pausedHere.add(name);
            processor.shutDown();
        } else if (!pausedElsewhere && pausedHere.remove(name)) {
            log.info("Processor {} no longer paused: starting it here again", name);
            processor.start();
        }
    }
}
