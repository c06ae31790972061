package com.clientcare.command.policy;

import com.clientcare.shared.policy.BankHoliday;
import com.clientcare.shared.policy.HolidaySource;
import com.clientcare.shared.policy.ImportPublishedHolidaysCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Body of {@code POST /api/service-policy/holiday-imports} (S6): the UK government's {@code bank-holidays.json}
 * as published, whose shape the nested records follow, and how to adopt it.
 */
public record ImportPublishedHolidaysRequest(
        @NotEmpty @Size(max = 10) Map<@NotBlank String, @NotNull @Valid FeedDivision> feed,
        Instant effectiveFrom,
        @Size(max = 500) String reason,
        Boolean dryRun) {

    /** The shape of www.gov.uk/bank-holidays.json: divisions by name, each with its events. */
    public record FeedDivision(@Size(max = 100) String division,
                               @NotNull @Size(max = 2000) List<@NotNull @Valid FeedEvent> events) {
    }

    public record FeedEvent(@NotBlank @Size(max = 200) String title, @NotNull LocalDate date,
                            @Size(max = 500) String notes, Boolean bunting) {

        @AssertTrue(message = "must be a date between 1900 and 2200")
        public boolean isDateInRange() {
            return date == null || (date.getYear() >= 1900 && date.getYear() <= 2200);
        }
    }

    @AssertTrue(message = "effectiveFrom and reason are needed to adopt a version (or set dryRun)")
    public boolean isAdoptable() {
        return isDryRun() || (effectiveFrom != null && reason != null && !reason.isBlank());
    }

    boolean isDryRun() {
        return Boolean.TRUE.equals(dryRun);
    }

    /** The feed's key for the division of a holiday source: {@code england-and-wales}, {@code scotland}, ... */
    static String divisionOf(HolidaySource source) {
        return source.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The bank holidays the feed lists for the division of {@code source}; none when it lists none. */
    List<BankHoliday> publishedFor(HolidaySource source) {
        FeedDivision listed = feed.get(divisionOf(source));
        return listed == null ? List.of() : listed.events().stream()
                .map(event -> new BankHoliday(event.date(), event.title()))
                .toList();
    }

    ImportPublishedHolidaysCommand toCommand(List<BankHoliday> published, Instant adoptedAt) {
        return new ImportPublishedHolidaysCommand(ServicePolicies.POLICY_ID, published, effectiveFrom, reason,
                adoptedAt);
    }
}
