package com.clientcare.query.cluster;

import com.clientcare.eventstore.cluster.InstanceName;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A projection rebuilt from the start of the log with several query-side instances: the processor is paused on
 * every instance, this instance waits until no other one holds any of its segments (each stops after its current
 * batch; a dead one's claims expire after the claim timeout), then resets the tokens (the projection's
 * {@code @ResetHandler} clears the read model), starts it again and lifts the pause. No instance writes the old
 * read model after it was cleared.
 */
@Component
public class CoordinatedReset {

    private final ProcessorPauses pauses;
    private final TokenClaims claims;
    private final Duration poll;

    public CoordinatedReset(ProcessorPauses pauses, TokenClaims claims,
                            @Value("${clientcare.processing.balance-every:1s}") Duration poll) {
        this.pauses = pauses;
        this.claims = claims;
        this.poll = poll;
    }

    /** Other instances still hold segments after the claim timeout: nothing was reset (503 problem+json). */
    public static final class StillClaimed extends ResponseStatusException {
        StillClaimed(String processor, List<TokenClaims.SegmentClaim> held) {
            super(HttpStatus.SERVICE_UNAVAILABLE, "processor " + processor
                    + " still has segments claimed by other instances, nothing was reset; try again: " + held);
        }
    }

    public void reset(String name, StreamingEventProcessor processor) {
        // long enough for every other instance to notice, stop, and a dead one's claims to expire
        Duration wait = claims.claimTimeout().plus(poll.multipliedBy(3));
        pauses.pause(name, wait.multipliedBy(2));
        try {
            processor.shutDown();
            awaitNoOtherClaims(name, wait);
            processor.resetTokens();
        } finally {
            processor.start();
            pauses.lift(name);
        }
    }

    private void awaitNoOtherClaims(String name, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        List<TokenClaims.SegmentClaim> held = heldElsewhere(name);
        while (!held.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new StillClaimed(name, held);
            }
            try {
                Thread.sleep(poll.toMillis() / 4 + 1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StillClaimed(name, held);
            }
            held = heldElsewhere(name);
        }
    }

    private List<TokenClaims.SegmentClaim> heldElsewhere(String name) {
        return claims.of(name).stream()
                .filter(claim -> claim.owner() != null && !Objects.equals(claim.owner(), InstanceName.get()))
                .toList();
    }
}
