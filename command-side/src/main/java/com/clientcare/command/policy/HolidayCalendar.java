package com.clientcare.command.policy;

import com.clientcare.shared.policy.BankHoliday;
import com.clientcare.shared.policy.HolidaySource;
import com.clientcare.shared.policy.ServicePolicyTerms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * S6: the days one policy version closes on besides its weekly days off: the bank holidays of its source for
 * the year asked, plus its extra dates, less its removed dates.
 */
public final class HolidayCalendar {

    private static final String EXTRA_CLOSURE = "Closure named by the policy version";

    private final HolidaySource source;
    private final Set<LocalDate> extra;
    private final Set<LocalDate> removed;
    private final Map<Integer, List<BankHoliday>> byYear = new ConcurrentHashMap<>();
    private final Map<Integer, Set<LocalDate>> datesByYear = new ConcurrentHashMap<>();

    public HolidayCalendar(ServicePolicyTerms terms) {
        this.source = terms.holidaySource();
        this.extra = Set.copyOf(terms.publicHolidays());
        this.removed = Set.copyOf(terms.removedHolidays());
    }

    /** The closures of {@code year}, in date order. */
    public List<BankHoliday> in(int year) {
        return byYear.computeIfAbsent(year, this::compute);
    }

    public boolean isHoliday(LocalDate day) {
        return datesByYear.computeIfAbsent(day.getYear(), year -> in(year).stream().map(BankHoliday::date)
                .collect(Collectors.toUnmodifiableSet())).contains(day);
    }

    private List<BankHoliday> compute(int year) {
        List<BankHoliday> days = new ArrayList<>(BankHolidays.of(source, year).stream()
                .filter(holiday -> !removed.contains(holiday.date()))
                .toList());
        extra.stream()
                .filter(day -> day.getYear() == year && days.stream().noneMatch(holiday -> holiday.date().equals(day)))
                .forEach(day -> days.add(new BankHoliday(day, EXTRA_CLOSURE)));
        days.sort(Comparator.comparing(BankHoliday::date));
        return List.copyOf(days);
    }
}
