package com.clientcare.command.policy;

import com.clientcare.shared.policy.ServicePolicyTerms;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * S6: the firm's working days and opening hours in its zone. Business time passes only while the firm is open;
 * all arithmetic is on local dates and times of the zone, so daylight-saving changes cost no hour.
 */
public final class BusinessCalendar {

    private final ZoneId zone;
    private final ServicePolicyTerms terms;
    private final Set<LocalDate> holidays;

    public BusinessCalendar(ServicePolicyTerms terms) {
        this.zone = ZoneId.of(terms.zone());
        this.terms = terms;
        this.holidays = Set.copyOf(terms.publicHolidays());
    }

    public boolean isWorkingDay(LocalDate day) {
        return terms.workingDays().contains(day.getDayOfWeek()) && !holidays.contains(day);
    }

    /** The instant when {@code hours} of opening time have passed since {@code start}. */
    public Instant plusBusinessHours(Instant start, int hours) {
        LocalDateTime at = start.atZone(zone).toLocalDateTime();
        Duration left = Duration.ofHours(hours);
        while (true) {
            at = nextOpenMoment(at);
            LocalDateTime closes = at.toLocalDate().atTime(terms.closesAt());
            Duration today = Duration.between(at, closes);
            if (left.compareTo(today) <= 0) {
                return at.plus(left).atZone(zone).toInstant();
            }
            left = left.minus(today);
            at = at.toLocalDate().plusDays(1).atTime(LocalTime.MIDNIGHT);
        }
    }

    /** S2: closing time of the first working day after the day {@code start} falls on (in the zone). */
    public Instant endOfNextWorkingDay(Instant start) {
        LocalDate day = start.atZone(zone).toLocalDate().plusDays(1);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day.atTime(terms.closesAt()).atZone(zone).toInstant();
    }

    /** The same local time {@code days} calendar days later. */
    public Instant plusCalendarDays(Instant start, int days) {
        ZonedDateTime local = start.atZone(zone);
        return local.plusDays(days).toInstant();
    }

    private LocalDateTime nextOpenMoment(LocalDateTime at) {
        LocalDateTime moment = at;
        while (true) {
            LocalDate day = moment.toLocalDate();
            if (isWorkingDay(day) && moment.toLocalTime().isBefore(terms.closesAt())) {
                return moment.toLocalTime().isBefore(terms.opensAt()) ? day.atTime(terms.opensAt()) : moment;
            }
            moment = day.plusDays(1).atTime(terms.opensAt());
        }
    }
}
