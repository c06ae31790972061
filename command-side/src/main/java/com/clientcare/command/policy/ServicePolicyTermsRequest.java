package com.clientcare.command.policy;

import com.clientcare.shared.client.Tier;
import com.clientcare.shared.policy.HolidaySource;
import com.clientcare.shared.policy.ServicePolicyTerms;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The terms of a new policy version as {@code POST /api/service-policy/versions} carries them (S6): the bank
 * holidays of {@code holidaySource} (England and Wales' when absent), plus the extra closures in
 * {@code publicHolidays}, less {@code removedHolidays}.
 */
public record ServicePolicyTermsRequest(
        @NotNull String zone,
        @NotEmpty Set<@NotNull DayOfWeek> workingDays,
        @NotNull LocalTime opensAt,
        @NotNull LocalTime closesAt,
        HolidaySource holidaySource,
        @Size(max = 200) List<@NotNull LocalDate> publicHolidays,
        @Size(max = 200) List<@NotNull LocalDate> removedHolidays,
        @NotNull Map<@NotNull Tier, @NotNull @Min(1) @Max(1000) Integer> emailResponseBusinessHours,
        @Min(1) @Max(10_000) int followUpHours,
        @Min(1) @Max(10_000) int assessmentHours,
        @Min(1) @Max(3650) int finalResponseDays,
        @Min(1) @Max(99) int atRiskPercent) {

    @AssertTrue(message = "must be a time zone id such as Europe/London")
    @JsonIgnore
    public boolean isZoneKnown() {
        try {
            return zone == null || ZoneId.of(zone) != null;
        } catch (DateTimeException e) {
            return false;
        }
    }

    @AssertTrue(message = "must give a target for every tier")
    @JsonIgnore
    public boolean isEveryTierTargeted() {
        return emailResponseBusinessHours == null || emailResponseBusinessHours.keySet().containsAll(Set.of(Tier.values()));
    }

    ServicePolicyTerms toTerms() {
        return new ServicePolicyTerms(zone, Set.copyOf(workingDays), opensAt, closesAt,
                holidaySource == null ? HolidaySource.ENGLAND_AND_WALES : holidaySource,
                publicHolidays == null ? List.of() : List.copyOf(publicHolidays),
                removedHolidays == null ? List.of() : List.copyOf(removedHolidays),
                Map.copyOf(emailResponseBusinessHours), followUpHours, assessmentHours, finalResponseDays,
                atRiskPercent);
    }
}
