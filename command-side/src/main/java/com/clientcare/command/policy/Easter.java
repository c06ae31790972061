package com.clientcare.command.policy;

import java.time.LocalDate;

/** Easter Sunday by the Gregorian computus (the anonymous algorithm of Meeus, Jones and Butcher). */
final class Easter {

    private Easter() {
    }

    static LocalDate sunday(int year) {
        int golden = year % 19;
        int century = year / 100;
        int yearOfCentury = year % 100;
        int leapCenturies = century / 4;
        int centuryRest = century % 4;
        int moonCorrection = (century + 8) / 25;
        int solarCorrection = (century - moonCorrection + 1) / 3;
        int epact = (19 * golden + century - leapCenturies - solarCorrection + 15) % 30;
        int weekdayCorrection = (32 + 2 * centuryRest + 2 * (yearOfCentury / 4) - epact - yearOfCentury % 4) % 7;
        int lateCorrection = (golden + 11 * epact + 22 * weekdayCorrection) / 451;
        int monthAndDay = epact + weekdayCorrection - 7 * lateCorrection + 114;
        return LocalDate.of(year, monthAndDay / 31, monthAndDay % 31 + 1);
    }
}
