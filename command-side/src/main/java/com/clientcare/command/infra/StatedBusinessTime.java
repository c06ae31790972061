package com.clientcare.command.infra;

import com.clientcare.command.rules.SameFact;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * When a fact happened in the world: what the request says, or now. Whether the caller stated it is kept on the
 * request, so that a retry stating another time is told apart from one leaving it to default ({@link SameFact}).
 */
@Component
public class StatedBusinessTime {

    static final String STATED = StatedBusinessTime.class.getName() + ".stated";

    private final Clock clock;
    private final HttpServletRequest request;

    public StatedBusinessTime(Clock clock, HttpServletRequest request) {
        this.clock = clock;
        this.request = request;
    }

    public Instant orNow(Instant given) {
        if (given == null) {
            return clock.instant();
        }
        request.setAttribute(STATED, Boolean.TRUE);
        return given;
    }
}
