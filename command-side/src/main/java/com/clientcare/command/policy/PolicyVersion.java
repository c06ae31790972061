package com.clientcare.command.policy;

import com.clientcare.shared.client.Tier;
import com.clientcare.shared.policy.ServicePolicyTerms;
import com.clientcare.shared.sla.ServiceLevelRule;

import java.time.Duration;
import java.time.Instant;

/** One adopted version of the service policy, and the deadlines it sets (S1..S6). */
public record PolicyVersion(int version, ServicePolicyTerms terms, Instant effectiveFrom) {

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
        Duration allowed = Duration.between(startedAt, deadline);
        Instant atRisk = startedAt.plus(allowed.multipliedBy(terms.atRiskPercent()).dividedBy(100));
        return new ClockDeadline(deadline, atRisk, version);
    }
}
