package com.clientcare.command.policy;

import com.clientcare.shared.policy.AdoptServicePolicyVersionCommand;
import com.clientcare.shared.policy.ImportPublishedHolidaysCommand;
import com.clientcare.shared.policy.ServicePolicyTerms;
import com.clientcare.shared.policy.ServicePolicyVersionAdoptedEvent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.is;

/** S6 at its edges (#15): a sound business calendar, and when a new version may take effect, from both sides. */
class ServicePolicyRulesTest {

    private static final String ID = ServicePolicies.POLICY_ID;
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Instant NEXT_MONTH = NOW.plus(Duration.ofDays(30));
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private AggregateTestFixture<ServicePolicy> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ServicePolicy.class);
    }

    @Test
    void s6_a_calendar_without_working_days_is_refused() {
        fixture.given(defaultVersion())
                .when(adopt(defaultTermsWith("workingDays", List.of()), NEXT_MONTH))
                .expectException(hasProperty("rule", is("S6")))
                .expectNoEvents();
    }

    @Test
    void s6_opening_hours_that_close_when_they_open_are_refused() {
        fixture.given(defaultVersion())
                .when(adopt(defaultTermsWith("closesAt", "09:00:00"), NEXT_MONTH))
                .expectException(hasProperty("rule", is("S6")))
                .expectNoEvents();
    }

    @Test
    void s6_opening_hours_that_close_before_they_open_are_refused() {
        fixture.given(defaultVersion())
                .when(adopt(defaultTermsWith("closesAt", "08:59:00"), NEXT_MONTH))
                .expectException(hasProperty("rule", is("S6")))
                .expectNoEvents();
    }

    @Test
    void s6_a_version_effective_at_the_moment_it_is_adopted_is_recorded() {
        fixture.given(defaultVersion())
                .when(adopt(DefaultServicePolicy.terms(), NOW))
                .expectEvents(adopted(2, NOW));
    }

    @Test
    void s6_a_version_effective_before_the_latest_version_is_refused() {
        fixture.given(defaultVersion(), adopted(2, NEXT_MONTH))
                .when(adopt(DefaultServicePolicy.terms(), NEXT_MONTH.minusSeconds(1)))
                .expectException(hasProperty("rule", is("S6")))
                .expectNoEvents();
    }

    @Test
    void s6_a_version_effective_when_the_latest_version_is_recorded_after_it() {
        fixture.given(defaultVersion(), adopted(2, NEXT_MONTH))
                .when(adopt(DefaultServicePolicy.terms(), NEXT_MONTH))
                .expectEvents(adopted(3, NEXT_MONTH));
    }

    @Test
    void s6_an_empty_published_holiday_list_is_refused() {
        fixture.given(defaultVersion())
                .when(new ImportPublishedHolidaysCommand(ID, List.of(), NEXT_MONTH, "feed", NOW))
                .expectException(hasProperty("rule", is("S6")))
                .expectNoEvents();
    }

    private static ServicePolicyVersionAdoptedEvent defaultVersion() {
        return new ServicePolicyVersionAdoptedEvent(ID, 1, DefaultServicePolicy.terms(), Instant.EPOCH,
                "default policy", NOW.minus(Duration.ofDays(300)));
    }

    private static ServicePolicyVersionAdoptedEvent adopted(int version, Instant effectiveFrom) {
        return new ServicePolicyVersionAdoptedEvent(ID, version, DefaultServicePolicy.terms(), effectiveFrom,
                "faster S1", NOW);
    }

    private static AdoptServicePolicyVersionCommand adopt(ServicePolicyTerms terms, Instant effectiveFrom) {
        return new AdoptServicePolicyVersionCommand(ID, terms, effectiveFrom, "faster S1", NOW);
    }

    /** The default terms with one field changed, whatever else the terms hold. */
    private static ServicePolicyTerms defaultTermsWith(String field, Object value) {
        ObjectNode terms = JSON.valueToTree(DefaultServicePolicy.terms());
        terms.set(field, JSON.valueToTree(value));
        try {
            return JSON.treeToValue(terms, ServicePolicyTerms.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
