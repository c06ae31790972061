package com.clientcare.query.console;

import com.clientcare.access.Role;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleSectionTest {

    @Test
    void a_path_belongs_to_the_longest_section_it_falls_in() {
        assertThat(ConsoleSection.of("/console")).contains(ConsoleSection.DASHBOARD);
        assertThat(ConsoleSection.of("/console/complaints/abc")).contains(ConsoleSection.COMPLAINTS);
        assertThat(ConsoleSection.of("/console/audit/correlations/x")).contains(ConsoleSection.AUDIT);
        assertThat(ConsoleSection.of("/console/audit/events")).contains(ConsoleSection.AUDIT_EVENTS);
        assertThat(ConsoleSection.of("/consoles")).isEmpty();
    }

    @Test
    void an_analyst_is_linked_to_no_audit_page_and_an_auditor_to_all() {
        ConsoleUser analyst = new ConsoleUser("analyst", Set.of(Role.ANALYST));
        ConsoleUser auditor = new ConsoleUser("auditor", Set.of(Role.AUDITOR, Role.ANALYST));

        assertThat(analyst.navigation()).noneMatch(section -> section.role() == Role.AUDITOR);
        assertThat(analyst.may(ConsoleSection.AUDIT)).isFalse();
        assertThat(auditor.navigation()).contains(ConsoleSection.AUDIT_EVENTS, ConsoleSection.DASHBOARD);
    }
}
