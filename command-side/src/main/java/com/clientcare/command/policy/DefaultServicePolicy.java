package com.clientcare.command.policy;

import com.clientcare.shared.client.Tier;
import com.clientcare.shared.policy.HolidaySource;
import com.clientcare.shared.policy.ServicePolicyTerms;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The policy in force until another version is adopted (DOMAIN.md S1..S6): Europe/London, Monday to Friday
 * 09:00 to 17:00, closed on the England and Wales bank holidays of every year, at risk at 75 % of a clock's time.
 */
public final class DefaultServicePolicy {

    private DefaultServicePolicy() {
    }

    public static ServicePolicyTerms terms() {
        return new ServicePolicyTerms("Europe/London",
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(9, 0), LocalTime.of(17, 0),
                HolidaySource.ENGLAND_AND_WALES, List.of(), List.of(),
                Map.of(Tier.PLATINUM, 2, Tier.GOLD, 4, Tier.SILVER, 8, Tier.BRONZE, 24),
                48, 24, 28, 75);
    }
}
