package com.clientcare.command.policy;

import com.clientcare.shared.policy.BankHoliday;
import com.clientcare.shared.policy.HolidaySource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;

/**
 * S6: the bank holidays of each UK division for any year, by the rules in force since 1978 (when the early May
 * bank holiday began): fixed days move to the next free weekday when they fall on a weekend (substitute days),
 * Easter follows the Gregorian computus, the others are the first or last Monday of a month. One-off changes
 * proclaimed for a single year are kept as data below.
 */
public final class BankHolidays {

    private static final String SUBSTITUTE = " (substitute day)";
    private static final Set<HolidaySource> UK = EnumSet.of(HolidaySource.ENGLAND_AND_WALES, HolidaySource.SCOTLAND,
            HolidaySource.NORTHERN_IRELAND);
    private static final Set<HolidaySource> ENGLAND_AND_WALES = EnumSet.of(HolidaySource.ENGLAND_AND_WALES);

    private static final Rule NEW_YEAR = fixed(Month.JANUARY, 1, "New Year’s Day");
    private static final Rule GOOD_FRIDAY = new Rule("Good Friday", year -> Easter.sunday(year).minusDays(2), false);
    private static final Rule EASTER_MONDAY = new Rule("Easter Monday", year -> Easter.sunday(year).plusDays(1), false);
    private static final Rule EARLY_MAY = monday(Month.MAY, true, "Early May bank holiday");
    private static final Rule SPRING = monday(Month.MAY, false, "Spring bank holiday");
    private static final Rule CHRISTMAS = fixed(Month.DECEMBER, 25, "Christmas Day");
    private static final Rule BOXING_DAY = fixed(Month.DECEMBER, 26, "Boxing Day");

    private static final Map<HolidaySource, List<Rule>> RULES = Map.of(
            HolidaySource.ENGLAND_AND_WALES, List.of(NEW_YEAR, GOOD_FRIDAY, EASTER_MONDAY, EARLY_MAY, SPRING,
                    monday(Month.AUGUST, false, "Summer bank holiday"), CHRISTMAS, BOXING_DAY),
            HolidaySource.SCOTLAND, List.of(NEW_YEAR, fixed(Month.JANUARY, 2, "2nd January"), GOOD_FRIDAY, EARLY_MAY,
                    SPRING, monday(Month.AUGUST, true, "Summer bank holiday"),
                    fixed(Month.NOVEMBER, 30, "St Andrew’s Day"), CHRISTMAS, BOXING_DAY),
            HolidaySource.NORTHERN_IRELAND, List.of(NEW_YEAR, fixed(Month.MARCH, 17, "St Patrick’s Day"), GOOD_FRIDAY,
                    EASTER_MONDAY, EARLY_MAY, SPRING, fixed(Month.JULY, 12, "Battle of the Boyne (Orangemen’s Day)"),
                    monday(Month.AUGUST, false, "Summer bank holiday"), CHRISTMAS, BOXING_DAY),
            HolidaySource.NONE, List.of());

    /**
     * Proclaimed for one year: a holiday moved from its rule's day ({@code replaces}) or a day added. Scotland's
     * and Northern Ireland's one-offs before 2018 other than those of the whole UK are not kept here: a policy
     * version that needs them lists them as extra dates.
     */
    private static final List<OneOff> ONE_OFFS = List.of(
            new OneOff(ENGLAND_AND_WALES, LocalDate.of(1995, 5, 1), LocalDate.of(1995, 5, 8),
                    "Early May bank holiday (VE day)"),
            new OneOff(UK, null, LocalDate.of(1999, 12, 31), "Millennium celebrations"),
            new OneOff(ENGLAND_AND_WALES, LocalDate.of(2002, 5, 27), LocalDate.of(2002, 6, 4),
                    "Spring bank holiday"),
            new OneOff(ENGLAND_AND_WALES, null, LocalDate.of(2002, 6, 3), "Golden Jubilee bank holiday"),
            new OneOff(UK, null, LocalDate.of(2011, 4, 29), "Royal wedding"),
            new OneOff(ENGLAND_AND_WALES, LocalDate.of(2012, 5, 28), LocalDate.of(2012, 6, 4),
                    "Spring bank holiday"),
            new OneOff(ENGLAND_AND_WALES, null, LocalDate.of(2012, 6, 5), "Queen’s Diamond Jubilee"),
            new OneOff(UK, LocalDate.of(2020, 5, 4), LocalDate.of(2020, 5, 8), "Early May bank holiday (VE day)"),
            new OneOff(UK, LocalDate.of(2022, 5, 30), LocalDate.of(2022, 6, 2), "Spring bank holiday"),
            new OneOff(UK, null, LocalDate.of(2022, 6, 3), "Platinum Jubilee bank holiday"),
            new OneOff(UK, null, LocalDate.of(2022, 9, 19), "Bank Holiday for the State Funeral of Queen Elizabeth II"),
            new OneOff(UK, null, LocalDate.of(2023, 5, 8), "Bank holiday for the coronation of King Charles III"));

    private static final Map<HolidaySource, Map<Integer, List<BankHoliday>>> COMPUTED = new ConcurrentHashMap<>();

    private BankHolidays() {
    }

    /** The bank holidays of {@code source} in {@code year}, in date order. */
    public static List<BankHoliday> of(HolidaySource source, int year) {
        return COMPUTED.computeIfAbsent(source, any -> new ConcurrentHashMap<>())
                .computeIfAbsent(year, any -> compute(source, year));
    }

    private static List<BankHoliday> compute(HolidaySource source, int year) {
        List<BankHoliday> holidays = new ArrayList<>();
        Set<LocalDate> taken = new HashSet<>();
        List<Rule> rules = RULES.get(source);
        for (Rule rule : rules) {
            LocalDate day = rule.dayIn(year);
            if (!isWeekend(day)) {
                holidays.add(new BankHoliday(day, rule.title()));
                taken.add(day);
            }
        }
        // a weekend holiday moves to the next weekday that is not a holiday already (Christmas and Boxing Day)
        for (Rule rule : rules) {
            LocalDate day = rule.dayIn(year);
            if (isWeekend(day) && rule.substitutable()) {
                while (isWeekend(day) || taken.contains(day)) {
                    day = day.plusDays(1);
                }
                holidays.add(new BankHoliday(day, rule.title() + SUBSTITUTE));
                taken.add(day);
            }
        }
        for (OneOff oneOff : ONE_OFFS) {
            if (oneOff.divisions().contains(source) && oneOff.day().getYear() == year) {
                holidays.removeIf(holiday -> holiday.date().equals(oneOff.replaces()));
                holidays.add(new BankHoliday(oneOff.day(), oneOff.title()));
            }
        }
        holidays.sort(Comparator.comparing(BankHoliday::date));
        return List.copyOf(holidays);
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static Rule fixed(Month month, int day, String title) {
        MonthDay monthDay = MonthDay.of(month, day);
        return new Rule(title, monthDay::atYear, true);
    }

    private static Rule monday(Month month, boolean first, String title) {
        return new Rule(title, year -> LocalDate.of(year, month, 1).with(first
                ? TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)
                : TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)), false);
    }

    private record Rule(String title, IntFunction<LocalDate> day, boolean substitutable) {

        LocalDate dayIn(int year) {
            return day.apply(year);
        }
    }

    private record OneOff(Set<HolidaySource> divisions, LocalDate replaces, LocalDate day, String title) {
    }
}
