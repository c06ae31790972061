package com.clientcare.command.policy;

import com.clientcare.shared.policy.AdoptServicePolicyVersionCommand;
import com.clientcare.shared.policy.BankHoliday;
import com.clientcare.shared.policy.EnsureDefaultServicePolicyCommand;
import com.clientcare.shared.policy.HolidaySource;
import com.clientcare.shared.policy.ImportPublishedHolidaysCommand;
import com.clientcare.shared.policy.ReviewServicePolicyCommand;
import com.clientcare.shared.policy.ServicePolicyReviewedEvent;
import com.clientcare.shared.policy.ServicePolicyVersionAdoptedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.is;

/** S6: the versioned service policy. */
class ServicePolicyTest {

    private static final String ID = ServicePolicies.POLICY_ID;
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private AggregateTestFixture<ServicePolicy> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ServicePolicy.class);
    }

    @Test
    void s6_the_default_is_version_1_effective_since_ever_and_is_recorded_once() {
        ServicePolicyVersionAdoptedEvent first = new ServicePolicyVersionAdoptedEvent(ID, 1,
                DefaultServicePolicy.terms(), Instant.EPOCH, "default policy", NOW);
        fixture.givenNoPriorActivity()
                .when(new EnsureDefaultServicePolicyCommand(ID, DefaultServicePolicy.terms(), NOW))
                .expectEvents(first);
        fixture.given(first)
                .when(new EnsureDefaultServicePolicyCommand(ID, DefaultServicePolicy.terms(), NOW.plusSeconds(1)))
                .expectNoEvents();
    }

    @Test
    void s6_a_new_version_takes_effect_from_now_on_and_is_numbered_next() {
        fixture.given(new ServicePolicyVersionAdoptedEvent(ID, 1, DefaultServicePolicy.terms(), Instant.EPOCH,
                        "default policy", NOW.minusSeconds(3600)))
                .when(new AdoptServicePolicyVersionCommand(ID, DefaultServicePolicy.terms(), NOW.plusSeconds(60),
                        "faster S1", NOW))
                .expectEvents(new ServicePolicyVersionAdoptedEvent(ID, 2, DefaultServicePolicy.terms(),
                        NOW.plusSeconds(60), "faster S1", NOW));
    }

    @Test
    void s6_a_version_effective_in_the_past_is_refused() {
        fixture.given(new ServicePolicyVersionAdoptedEvent(ID, 1, DefaultServicePolicy.terms(), Instant.EPOCH,
                        "default policy", NOW.minusSeconds(3600)))
                .when(new AdoptServicePolicyVersionCommand(ID, DefaultServicePolicy.terms(), NOW.minusSeconds(60),
                        "backdated", NOW))
                .expectException(hasProperty("rule", is("S6")))
                .expectNoEvents();
    }

    @Test
    void s6_a_version_whose_calendar_names_no_holiday_source_is_refused() {
        fixture.given(new ServicePolicyVersionAdoptedEvent(ID, 1, DefaultServicePolicy.terms(), Instant.EPOCH,
                        "default policy", NOW.minusSeconds(3600)))
                .when(new AdoptServicePolicyVersionCommand(ID, DefaultServicePolicy.terms().withHolidays(null,
                        List.of(), List.of()), NOW.plusSeconds(60), "no source", NOW))
                .expectException(hasProperty("rule", is("S6")))
                .expectNoEvents();
    }

    @Test
    void s6_a_published_list_adds_what_the_rules_lack_as_extra_dates_of_a_new_version() {
        List<BankHoliday> published = List.of(new BankHoliday(LocalDate.of(2031, 5, 26), "Spring bank holiday"),
                new BankHoliday(LocalDate.of(2031, 6, 13), "Jubilee"));
        fixture.given(new ServicePolicyVersionAdoptedEvent(ID, 1, DefaultServicePolicy.terms(), Instant.EPOCH,
                        "default policy", NOW.minusSeconds(3600)))
                .when(new ImportPublishedHolidaysCommand(ID, published, NOW.plusSeconds(60), "published", NOW))
                .expectEvents(new ServicePolicyVersionAdoptedEvent(ID, 2, DefaultServicePolicy.terms().withHolidays(
                        HolidaySource.ENGLAND_AND_WALES, List.of(LocalDate.of(2031, 6, 13)), List.of()),
                        NOW.plusSeconds(60), "published", NOW));
    }

    @Test
    void s6_a_published_list_the_rules_already_give_records_nothing() {
        fixture.given(new ServicePolicyVersionAdoptedEvent(ID, 1, DefaultServicePolicy.terms(), Instant.EPOCH,
                        "default policy", NOW.minusSeconds(3600)))
                .when(new ImportPublishedHolidaysCommand(ID, List.of(new BankHoliday(LocalDate.of(2031, 12, 25),
                        "Christmas Day")), NOW.plusSeconds(60), "published", NOW))
                .expectNoEvents();
    }

    @Test
    void s6_a_calendar_without_a_holiday_source_imports_no_published_list() {
        fixture.given(new ServicePolicyVersionAdoptedEvent(ID, 1, DefaultServicePolicy.terms().withHolidays(
                        HolidaySource.NONE, List.of(), List.of()), Instant.EPOCH, "default policy", NOW))
                .when(new ImportPublishedHolidaysCommand(ID, List.of(new BankHoliday(LocalDate.of(2031, 6, 13),
                        "Jubilee")), NOW.plusSeconds(60), "published", NOW))
                .expectException(hasProperty("rule", is("S6")))
                .expectNoEvents();
    }

    @Test
    void s6_a_review_is_recorded_and_the_review_status_follows_january() {
        fixture.given(new ServicePolicyVersionAdoptedEvent(ID, 1, DefaultServicePolicy.terms(), Instant.EPOCH,
                        "default policy", NOW))
                .when(new ReviewServicePolicyCommand(ID, "no change", NOW))
                .expectEvents(new ServicePolicyReviewedEvent(ID, "no change", NOW));

        ZoneId london = ZoneId.of("Europe/London");
        Instant january = Instant.parse("2027-01-15T10:00:00Z");
        Instant march = Instant.parse("2027-03-15T10:00:00Z");
        assertThat(ServicePolicyController.reviewStatus(NOW, january, london)).isEqualTo(PolicyOverview.ReviewStatus.DUE);
        assertThat(ServicePolicyController.reviewStatus(NOW, march, london)).isEqualTo(PolicyOverview.ReviewStatus.OVERDUE);
        assertThat(ServicePolicyController.reviewStatus(january, march, london))
                .isEqualTo(PolicyOverview.ReviewStatus.CURRENT);
    }
}
