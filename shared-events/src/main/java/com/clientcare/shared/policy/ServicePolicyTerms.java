package com.clientcare.shared.policy;

import com.clientcare.shared.client.Tier;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * S6: the targets and the business calendar of one version of the service policy. S1 is in business hours per
 * tier; S2 is the end of the next working day; S3 and S4 are calendar hours; S5 calendar days. A clock is at
 * risk once {@code atRiskPercent} of its time is used.
 */
public record ServicePolicyTerms(
        String zone,
        Set<DayOfWeek> workingDays,
        LocalTime opensAt,
        LocalTime closesAt,
        List<LocalDate> publicHolidays,
        Map<Tier, Integer> emailResponseBusinessHours,
        int followUpHours,
        int assessmentHours,
        int finalResponseDays,
        int atRiskPercent) {
}
