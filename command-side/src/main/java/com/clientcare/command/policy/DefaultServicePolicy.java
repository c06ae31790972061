package com.clientcare.command.policy;

import com.clientcare.shared.client.Tier;
import com.clientcare.shared.policy.ServicePolicyTerms;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The policy in force until another version is adopted (DOMAIN.md S1..S6): Europe/London, Monday to Friday
 * 09:00 to 17:00, the England and Wales bank holidays of 2026 and 2027, at risk at 75 % of a clock's time.
 */
public final class DefaultServicePolicy {

    private DefaultServicePolicy() {
    }

    public static ServicePolicyTerms terms() {
        return new ServicePolicyTerms("Europe/London",
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(9, 0), LocalTime.of(17, 0),
                List.of(
                        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6),
                        LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 25), LocalDate.of(2026, 8, 31),
                        LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28),
                        LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29),
                        LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 31), LocalDate.of(2027, 8, 30),
                        LocalDate.of(2027, 12, 27), LocalDate.of(2027, 12, 28)),
                Map.of(Tier.PLATINUM, 2, Tier.GOLD, 4, Tier.SILVER, 8, Tier.BRONZE, 24),
                48, 24, 28, 75);
    }
}
