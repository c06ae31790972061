package com.clientcare.query.console;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times as the console shows them: in the reporting zone, with the UTC instant for a title (hover) and for the
 * machine-readable {@code datetime} of a {@code <time>} element. Templates call it as {@code @consoleTimes}.
 */
@Component("consoleTimes")
public class ConsoleTimes {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT);

    private final ZoneId zone;

    public ConsoleTimes(@Value("${clientcare.reporting.zone:Europe/London}") ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    public String local(Instant instant) {
        return instant == null ? "" : LOCAL.format(instant.atZone(zone));
    }

    public String utc(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
