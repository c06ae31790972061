package com.clientcare.command.policy;

import com.clientcare.command.infra.CommandDispatcher;
import com.clientcare.command.infra.StatedBusinessTime;
import com.clientcare.command.rules.BusinessRuleViolation;
import com.clientcare.shared.policy.BankHoliday;
import com.clientcare.shared.policy.HolidaySource;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * S6 over HTTP, the business calendar: the holidays a version closes on in a year; the import of the UK
 * government's published bank holidays as extra dates of a new version (ADMIN); and, for auditors, the
 * recorded deadlines the calendar now places elsewhere.
 */
@RestController
@RequestMapping("/api/service-policy")
public class BusinessCalendarController {

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
    public ResponseEntity<HolidayImport> importPublished(@Valid @RequestBody ImportPublishedHolidaysRequest body) {
        PolicyVersion latest = policies.latest();
        HolidaySource source = latest.terms().holidaySource();
        List<BankHoliday> published = body.publishedFor(source);
        if (published.isEmpty()) {
            throw new BusinessRuleViolation("S6", "the feed lists no bank holidays of "
                    + ImportPublishedHolidaysRequest.divisionOf(source) + ", the holiday source of version "
                    + latest.version());
        }
        PublishedHolidays comparison = PublishedHolidays.compare(source, published);
        if (body.isDryRun()) {
            return ResponseEntity.ok(new HolidayImport(comparison, null));
        }
        dispatcher.dispatch(body.toCommand(published, businessTime.orNow(null)));
        PolicyVersion after = policies.latest();
        return after.version() == latest.version() ? ResponseEntity.ok(new HolidayImport(comparison, null))
                : ResponseEntity.status(HttpStatus.CREATED).body(new HolidayImport(comparison, after.version()));
    }
}
