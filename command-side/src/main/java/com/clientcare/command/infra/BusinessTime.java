package com.clientcare.command.infra;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/** When a fact happened in the world: what the request says, or now. */
@Component
public class BusinessTime {

    private final Clock clock;

    public BusinessTime(Clock clock) {
        this.clock = clock;
    }

    public Instant orNow(Instant given) {
        return given != null ? given : clock.instant();
    }
}
