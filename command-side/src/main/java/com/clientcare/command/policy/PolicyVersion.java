package com.clientcare.command.policy;

import com.clientcare.shared.client.Tier;
import com.clientcare.shared.policy.ServicePolicyTerms;
import com.clientcare.shared.sla.ServiceLevelRule;

import java.time.Duration;
import java.time.Instant;

/**
 * One adopted version of the service policy, and the deadlines it sets (S1..S6). A version recorded before
 * holiday sources existed reads as {@link LegacyHolidayList} says.
 */
public record PolicyVersion(int version, ServicePolicyTerms terms, Instant effectiveFrom) {

    public PolicyVersion {
        terms = LegacyHolidayList.read(terms);
    }

    public ClockDeadline deadlineFor(ServiceLevelRule rule, Tier tier, Instant startedAt) {
        BusinessCalendar calendar = new BusinessCalendar(terms);
        Instant deadline = switch (rule) {
            case S1 -> calendar.plusBusinessHours(startedAt,
                    terms.emailResponseBusinessHours().get(tier == null ? Tier.BRONZE : tier));
            case S2 -> calendar.endOfNextWorkingDay(startedAt);
            case S3 -> startedAt.plus(Duration.ofHours(terms.followUpHours()));
            case S4 -> startedAt.plus(Duration.ofHours(terms.assessmentHours()));
            case S5 -> calendar.plusCalendarDays(startedAt, terms.finalResponseDays());
        };
        // the share of time used is counted in the clock's own time: opening hours for S1 and S2
        Instant atRisk = switch (rule) {
            case S1, S2 -> calendar.plusBusinessTime(startedAt, calendar.businessTimeBetween(startedAt, deadline)
                    .multipliedBy(terms.atRiskPercent()).dividedBy(100));
            case S3, S4, S5 -> startedAt.plus(Duration.between(startedAt, deadline)
                    .multipliedBy(terms.atRiskPercent()).dividedBy(100));
        };
        return new ClockDeadline(deadline, atRisk, version);
    }
}
