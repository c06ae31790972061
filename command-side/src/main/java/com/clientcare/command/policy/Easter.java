package com.clientcare.command.policy;

import java.time.LocalDate;

/**
 * Easter Sunday by the Gregorian computus (the anonymous algorithm of Meeus, Jones and Butcher), with floored
 * division so that any year, however absurd a business time it comes from, gives a date rather than an error.
 */
final class Easter {

    private Easter() {
    }

    static LocalDate sunday(int year) {
        int golden = Math.floorMod(year, 19);
        int century = Math.floorDiv(year, 100);
        int yearOfCentury = Math.floorMod(year, 100);
        int leapCenturies = Math.floorDiv(century, 4);
        int centuryRest = Math.floorMod(century, 4);
        int moonCorrection = Math.floorDiv(century + 8, 25);
        int solarCorrection = Math.floorDiv(century - moonCorrection + 1, 3);
        int epact = Math.floorMod(19 * golden + century - leapCenturies - solarCorrection + 15, 30);
        int weekdayCorrection = Math.floorMod(32 + 2 * centuryRest + 2 * (yearOfCentury / 4) - epact
                - yearOfCentury % 4, 7);
        int lateCorrection = (golden + 11 * epact + 22 * weekdayCorrection) / 451;
        int monthAndDay = epact + weekdayCorrection - 7 * lateCorrection + 114;
        return LocalDate.of(year, monthAndDay / 31, monthAndDay % 31 + 1);
    }
}
