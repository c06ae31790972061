package com.clientcare.command.policy;

import com.clientcare.shared.policy.ServicePolicyTerms;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * S6: the firm's working days, holidays and opening hours in its zone. Business time passes only while the firm
 * is open; all arithmetic is on local dates and times of the zone, so daylight-saving changes cost no hour.
 */
public final class BusinessCalendar {

    private final ZoneId zone;
    private final ServicePolicyTerms terms;
    private final HolidayCalendar holidays;

    public BusinessCalendar(ServicePolicyTerms terms) {
        this.zone = ZoneId.of(terms.zone());
        this.terms = terms;
        this.holidays = new HolidayCalendar(terms);
    }

    public boolean isWorkingDay(LocalDate day) {
        return terms.workingDays().contains(day.getDayOfWeek()) && !holidays.isHoliday(day);
    }

    /** The instant when {@code hours} of opening time have passed since {@code start}. */
    public Instant plusBusinessHours(Instant start, int hours) {
        return plusBusinessTime(start, Duration.ofHours(hours));
    }

    /** The instant when {@code time} of opening time has passed since {@code start}. */
    public Instant plusBusinessTime(Instant start, Duration time) {
        LocalDateTime at = start.atZone(zone).toLocalDateTime();
        Duration left = time;
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

    /** How much opening time lies between two instants. */
    public Duration businessTimeBetween(Instant start, Instant end) {
        Duration total = Duration.ZERO;
        LocalDateTime at = start.atZone(zone).toLocalDateTime();
        LocalDateTime until = end.atZone(zone).toLocalDateTime();
        while (true) {
            at = nextOpenMoment(at);
            if (!at.isBefore(until)) {
                return total;
            }
            LocalDateTime closes = at.toLocalDate().atTime(terms.closesAt());
            LocalDateTime stop = closes.isBefore(until) ? closes : until;
            total = total.plus(Duration.between(at, stop));
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
