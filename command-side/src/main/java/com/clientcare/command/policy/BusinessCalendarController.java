package com.clientcare.command.policy;

import com.clientcare.command.infra.CommandDispatcher;
import com.clientcare.command.infra.StatedBusinessTime;
import com.clientcare.command.rules.BusinessRuleViolation;
import com.clientcare.shared.policy.BankHoliday;
import com.clientcare.shared.policy.HolidaySource;
import com.clientcare.shared.policy.ImportPublishedHolidaysCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * S6 over HTTP, the business calendar: the holidays a version closes on in a year; the import of the UK
 * government's published bank holidays as extra dates of a new version (ADMIN); and, for auditors, the
 * recorded deadlines the calendar now places elsewhere.
 */
@RestController
@Validated
@RequestMapping("/api/service-policy")
public class BusinessCalendarController {

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

    public record ImportRequest(@NotEmpty @Size(max = 10) Map<@NotBlank String, @NotNull @Valid FeedDivision> feed,
                                Instant effectiveFrom, @Size(max = 500) String reason, Boolean dryRun) {

        @AssertTrue(message = "effectiveFrom and reason are needed to adopt a version (or set dryRun)")
        public boolean isAdoptable() {
            return isDryRun() || (effectiveFrom != null && reason != null && !reason.isBlank());
        }

        boolean isDryRun() {
            return Boolean.TRUE.equals(dryRun);
        }
    }

    /** The comparison, and the version the import adopted (none for a dry run or when the list adds nothing). */
    public record HolidayImport(PublishedHolidays comparison, Integer adoptedVersion) {
    }

    public record YearOfHolidays(int version, HolidaySource holidaySource, int year, List<BankHoliday> holidays) {
    }

    public record DeadlineReview(int differing, List<DeadlineDifference> differences) {
    }

    private final ServicePolicies policies;
    private final RecordedDeadlines recordedDeadlines;
    private final CommandDispatcher dispatcher;
    private final StatedBusinessTime businessTime;
    private final Clock clock;

    public BusinessCalendarController(ServicePolicies policies, RecordedDeadlines recordedDeadlines,
                                      CommandDispatcher dispatcher, StatedBusinessTime businessTime, Clock clock) {
        this.policies = policies;
        this.recordedDeadlines = recordedDeadlines;
        this.dispatcher = dispatcher;
        this.businessTime = businessTime;
        this.clock = clock;
    }

    /** The days of {@code year} the version (by default the one in force now) closes on besides weekends. */
    @GetMapping("/holidays")
    public YearOfHolidays holidays(@RequestParam @Min(1900) @Max(2200) int year,
                                   @RequestParam(required = false) Integer version) {
        PolicyVersion chosen = version == null ? policies.inForceAt(clock.instant()) : policies.versions().stream()
                .filter(candidate -> candidate.version() == version)
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no policy version " + version));
        return new YearOfHolidays(chosen.version(), chosen.terms().holidaySource(), year,
                new HolidayCalendar(chosen.terms()).in(year));
    }

    @GetMapping("/deadline-differences")
    public DeadlineReview deadlineDifferences(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
        List<DeadlineDifference> differences = recordedDeadlines.differences(from, to);
        return new DeadlineReview(differences.size(), differences);
    }

    /**
     * Compares the feed's list for the latest version's holiday source with the rules; unless a dry run, asks the
     * policy to adopt a new version whose extra dates gain what the list has and the rules lack.
     */
    @PostMapping("/holiday-imports")
    public ResponseEntity<HolidayImport> importPublished(@Valid @RequestBody ImportRequest body) {
        PolicyVersion latest = policies.latest();
        HolidaySource source = latest.terms().holidaySource();
        String division = source.name().toLowerCase(Locale.ROOT).replace('_', '-');
        FeedDivision listed = body.feed().get(division);
        if (listed == null || listed.events().isEmpty()) {
            throw new BusinessRuleViolation("S6", "the feed lists no bank holidays of " + division
                    + ", the holiday source of version " + latest.version());
        }
        List<BankHoliday> published = listed.events().stream()
                .map(event -> new BankHoliday(event.date(), event.title()))
                .toList();
        PublishedHolidays comparison = PublishedHolidays.compare(source, published);
        if (body.isDryRun()) {
            return ResponseEntity.ok(new HolidayImport(comparison, null));
        }
        dispatcher.dispatch(new ImportPublishedHolidaysCommand(ServicePolicies.POLICY_ID, published,
                body.effectiveFrom(), body.reason(), businessTime.orNow(null)));
        PolicyVersion after = policies.latest();
        return after.version() == latest.version() ? ResponseEntity.ok(new HolidayImport(comparison, null))
                : ResponseEntity.status(HttpStatus.CREATED).body(new HolidayImport(comparison, after.version()));
    }
}
