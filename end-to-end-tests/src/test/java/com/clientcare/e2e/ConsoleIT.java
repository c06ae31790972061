package com.clientcare.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console (#21) in a real browser, headless Chromium, against both applications as processes: each role signs
 * in, opens its pages, reads figures computed from data this test recorded, and is refused the pages of other roles.
 * Screenshots go to target/console-screenshots.
 */
class ConsoleIT {

    private static final Duration CATCH_UP = Duration.ofSeconds(30);
    private static final ZoneId REPORTING_ZONE = ZoneId.of("Europe/London");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT);

    private static SharedSystem system;

    @BeforeAll
    static void startSystem() {
        Browser.requireInstalled();
        system = SharedSystem.get();
    }

    /** C7: CSAT average 2 decimals, NPS = % promoters - % detractors, 1 decimal, per month of the reporting zone. */
    @Test
    void c7_the_dashboard_shows_a_months_csat_average_and_nps_of_the_feedback_recorded() {
        String manager = "console-" + UUID.randomUUID().toString().substring(0, 8);
        String clientId = registerClient(manager);
        Instant at = Instant.now().minus(1, ChronoUnit.MINUTES);
        for (String scores : List.of("\"csat\": 5, \"nps\": 10", "\"csat\": 4, \"nps\": 9", "\"csat\": 2, \"nps\": 6")) {
            assertThat(Http.post(system.command("/api/clients/" + clientId + "/feedback"), "{" + scores
                    + ", \"context\": \"PERIODIC\", \"occurredAt\": \"" + at + "\"}").status()).isEqualTo(201);
        }
        String trends = system.query("/api/satisfaction/trends?accountManager=" + manager);
        Eventually.within(CATCH_UP, "three answers for " + manager, () ->
                Http.get(trends).body().findValues("responses").stream().mapToInt(JsonNode::asInt).sum() == 3);
        String month = YearMonth.from(at.atZone(REPORTING_ZONE)).toString();

        try (Browser analyst = Browser.signedInAs("analyst", system.querySide.baseUrl())) {
            analyst.open("/console?accountManager=" + manager);
            String row = "#csat-by-month tr[data-period='" + month + "'] ";
            assertThat(analyst.text(row + ".csat")).isEqualTo("3.67");
            assertThat(analyst.text(row + ".nps")).isEqualTo("33.3");
            assertThat(analyst.all(".charts svg")).hasSize(2);
            analyst.open("/console");
            analyst.resize(1400, 2200);
            analyst.screenshot("dashboard");
        }
    }

    /** S5, S7: a complaint received 29 days ago is breached at once; its page draws the clock with its deadline. */
    @Test
    void s5_a_breached_clock_is_drawn_on_the_complaint_timeline_with_its_deadline() {
        String clientId = registerClient("alice");
        String complaintId = logComplaint(clientId, Instant.now().minus(29, ChronoUnit.DAYS));
        String clocks = system.query("/api/sla/clocks?complaintId=" + complaintId + "&rule=S5");
        AtomicReference<JsonNode> breached = new AtomicReference<>();
        Eventually.within(CATCH_UP, "the S5 breach", () -> {
            breached.set(Http.get(clocks).body().path(0));
            return "BREACHED".equals(breached.get().path("status").asText());
        });
        Instant deadline = Instant.parse(breached.get().get("deadline").asText());

        try (Browser analyst = Browser.signedInAs("analyst", system.querySide.baseUrl())) {
            analyst.open("/console/complaints/" + complaintId);
            String s5 = "#clock-timeline g.clock[data-rule='S5']";
            assertThat(analyst.find(s5).getAttribute("data-status")).isEqualTo("BREACHED");
            assertThat(Instant.parse(analyst.find(s5).getAttribute("data-deadline"))).isEqualTo(deadline);
            assertThat(analyst.find(s5 + " line.deadline title").getAttribute("textContent"))
                    .isEqualTo("deadline " + LOCAL.format(deadline.atZone(REPORTING_ZONE)));
            assertThat(analyst.find(s5 + " g.breach title").getAttribute("textContent"))
                    .isEqualTo("breached " + LOCAL.format(deadline.atZone(REPORTING_ZONE)));
            assertThat(analyst.all("#clock-timeline g.clock[data-rule='S2']")).hasSize(1);
            assertThat(analyst.all("#clock-timeline g.clock[data-rule='S4']")).hasSize(1);
            assertThat(analyst.find("#history li[data-type='ComplaintLoggedEvent'] .user").getText()).isEqualTo("admin");
            assertThat(analyst.find("#complaint-clocks td.deadline time").getAttribute("title")).isNotBlank();
            analyst.screenshot("complaint-timeline");
        }
    }

    /** K1, K7: the log filtered by client lists that client's complaint, with the CSV of the same page. */
    @Test
    void k7_the_complaints_log_filters_by_client_and_insurer_notification_and_links_its_csv() {
        String clientId = registerClient("alice");
        String complaintId = logComplaint(clientId, Instant.now().minus(1, ChronoUnit.HOURS));
        Eventually.within(CATCH_UP, "the complaint in the log", () ->
                Http.get(system.query("/api/complaints?clientId=" + clientId)).body().size() == 1);

        try (Browser analyst = Browser.signedInAs("analyst", system.querySide.baseUrl())) {
            analyst.open("/console/complaints?clientId=" + clientId + "&awaitingInsurerNotification=true");
            assertThat(analyst.all("#complaints tr[data-complaint]")).extracting(row -> row.getAttribute("data-complaint"))
                    .containsExactly(complaintId);
            String csv = analyst.find("a.csv").getAttribute("href");
            assertThat(csv).contains("/console/complaints/export.csv").contains("clientId=" + clientId);
            assertThat(Http.as("analyst").send("GET", csv, null).text().lines().skip(1))
                    .singleElement().asString().startsWith(complaintId + ",");
            analyst.open("/console/complaints?clientId=" + clientId + "&awaitingInsurerNotification=false");
            assertThat(analyst.all("#complaints tr[data-complaint]")).isEmpty();
        }
    }

    /** K1: the log in order of receipt both ways, across pages, not only within the page on screen. */
    @Test
    void k1_the_complaints_log_sorted_oldest_first_runs_across_pages() {
        String clientId = registerClient("alice");
        Instant now = Instant.now();
        List<String> complaints = List.of(logComplaint(clientId, now.minus(3, ChronoUnit.HOURS)),
                logComplaint(clientId, now.minus(2, ChronoUnit.HOURS)), logComplaint(clientId, now.minus(1, ChronoUnit.HOURS)));
        Eventually.within(CATCH_UP, "three complaints in the log", () ->
                Http.get(system.query("/api/complaints?clientId=" + clientId)).body().size() == 3);

        try (Browser analyst = Browser.signedInAs("analyst", system.querySide.baseUrl())) {
            analyst.open("/console/complaints?size=2&clientId=" + clientId);
            assertThat(complaintRows(analyst)).containsExactly(complaints.get(2), complaints.get(1));
            analyst.find("#reverse-order").click();
            assertThat(analyst.find("#received-heading").getAttribute("aria-sort")).isEqualTo("ascending");
            assertThat(complaintRows(analyst)).containsExactly(complaints.get(0), complaints.get(1));
            analyst.find(".pager a[rel='next']").click();
            assertThat(complaintRows(analyst)).containsExactly(complaints.get(2));
        }
    }

    /** K1: the log's filters are labelled fields a keyboard fills and submits (Enter), no mouse needed. */
    @Test
    void k1_the_complaints_log_is_filtered_from_the_keyboard_through_its_labelled_fields() {
        String clientId = registerClient("alice");
        String complaintId = logComplaint(clientId, Instant.now().minus(1, ChronoUnit.HOURS));
        Eventually.within(CATCH_UP, "the complaint in the log", () ->
                Http.get(system.query("/api/complaints?clientId=" + clientId)).body().size() == 1);

        try (Browser analyst = Browser.signedInAs("analyst", system.querySide.baseUrl())) {
            analyst.open("/console/complaints");
            analyst.typeAndFollow(analyst.labelled("Client"), clientId, Keys.ENTER);
            assertThat(complaintRows(analyst)).containsExactly(complaintId);
        }
    }

    /** K6, K8: the month's closed figure counts the complaint whose final response was accepted and opens that list. */
    @Test
    void k6_the_dashboard_counts_a_complaint_closed_this_month_and_links_to_the_closed_list() {
        String complaintId = logComplaint(registerClient("alice"), Instant.now().minus(2, ChronoUnit.MINUTES));
        Instant answered = Instant.now().minus(1, ChronoUnit.MINUTES);
        assertThat(Http.post(system.command("/api/complaints/" + complaintId + "/assessment"),
                "{\"summary\": \"ok\", \"assessedAt\": \"" + answered + "\"}").status()).isEqualTo(204);
        assertThat(Http.post(system.command("/api/complaints/" + complaintId + "/final-response"),
                "{\"outcome\": \"UPHELD\", \"remedy\": \"refund\", \"respondedAt\": \"" + answered + "\"}")
                .status()).isEqualTo(204);
        assertThat(Http.post(system.command("/api/complaints/" + complaintId + "/acceptance"), "{}").status())
                .isEqualTo(204);
        Eventually.within(CATCH_UP, "the complaint resolved", () -> "RESOLVED".equals(
                Http.get(system.query("/api/complaints/" + complaintId)).body().path("status").asText()));
        String month = YearMonth.from(Instant.now().atZone(REPORTING_ZONE)).toString();

        try (Browser analyst = Browser.signedInAs("analyst", system.querySide.baseUrl())) {
            String closed = "#complaints-by-month tr[data-month='" + month + "'] td.closed a";
            long figure = Long.parseLong(analyst.text(closed));
            analyst.find(closed).click();
            assertThat(analyst.text(".pager span")).contains(" of " + figure + " ");
            assertThat(complaintRows(analyst)).contains(complaintId);
        }
    }

    /** A console address no page answers is the console's own 404 page, with its navigation, not JSON. */
    @Test
    void an_address_no_console_page_answers_is_the_404_page_in_the_console_layout() {
        try (Browser analyst = Browser.signedInAs("analyst", system.querySide.baseUrl())) {
            analyst.open("/console/no-such-page");
            assertThat(analyst.text("h1 .status-code")).isEqualTo("404");
            assertThat(analyst.navigation()).contains("DASHBOARD");
        }
    }

    /** A malformed filter of a console page is the 400 page naming the field and the values it takes. */
    @Test
    void a_malformed_filter_is_the_400_page_naming_the_field() {
        try (Browser analyst = Browser.signedInAs("analyst", system.querySide.baseUrl())) {
            analyst.open("/console/complaints?status=NOPE");
            assertThat(analyst.text("h1 .status-code")).isEqualTo("400");
            assertThat(analyst.text("#invalid-fields li[data-field='status']")).contains("OPEN");
        }
    }

    /** The API answers the same malformed filter as before: 400 problem+json naming the field. */
    @Test
    void the_api_answers_a_malformed_filter_with_problem_json() {
        Http.Response response = Http.as("analyst").send("GET", system.query("/api/complaints?status=NOPE"), null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().path("errors").path(0).path("field").asText()).isEqualTo("status");
    }

    /** Analysts read projections, never the audit log: it is neither linked nor served to them. */
    @Test
    void an_analyst_is_neither_shown_nor_served_the_audit_pages() {
        try (Browser analyst = Browser.signedInAs("analyst", system.querySide.baseUrl())) {
            assertThat(analyst.navigation()).containsExactly("DASHBOARD", "COMPLAINTS", "SERVICE_LEVELS");
            for (String page : List.of("/console/audit/events", "/console/audit/correlations/x",
                    "/console/audit/as-of", "/console/audit/integrity", "/console/audit/projections")) {
                analyst.open(page);
                assertThat(analyst.text("h1 .status-code")).as(page).isEqualTo("403");
            }
        }
    }

    /** An auditor reads the event log with who and which correlation, and a correlation's story. */
    @Test
    void an_auditor_reads_who_recorded_a_complaint_and_the_story_of_its_correlation() {
        String clientId = registerClient("alice");
        String complaintId = logComplaint(clientId, Instant.now().minus(2, ChronoUnit.HOURS));

        try (Browser auditor = Browser.signedInAs("auditor", system.querySide.baseUrl())) {
            assertThat(auditor.navigation()).contains("DASHBOARD", "COMPLAINTS", "AUDIT_EVENTS");
            auditor.open("/console/audit/events?aggregateId=" + complaintId);
            assertThat(auditor.text("#events tr[data-index] td.user")).isEqualTo("admin");
            String correlation = auditor.find("#events tr[data-index] a[href*='/correlations/']").getText();
            auditor.open("/console/audit/correlations/" + correlation);
            assertThat(auditor.all("#events tr[data-index]")).isNotEmpty()
                    .allSatisfy(row -> assertThat(row.getText()).contains(correlation));
            auditor.screenshot("audit-correlation");
        }
    }

    /** A consumer sends commands and reads nothing: every console page is the 403 page, with no links. */
    @Test
    void a_consumer_gets_the_403_page_and_no_navigation() {
        try (Browser consumer = Browser.signedInAs("consumer", system.querySide.baseUrl())) {
            assertThat(consumer.text("h1 .status-code")).isEqualTo("403");
            assertThat(consumer.navigation()).isEmpty();
            consumer.open("/console/complaints");
            assertThat(consumer.text("h1 .status-code")).isEqualTo("403");
        }
    }

    /** Every page a role's navigation links opens as a page of the console, for each reading role. */
    @Test
    void every_linked_page_opens_for_each_role() {
        for (String user : List.of("analyst", "auditor", "admin")) {
            try (Browser browser = Browser.signedInAs(user, system.querySide.baseUrl())) {
                List<String> links = browser.all("header nav a").stream().map(a -> a.getDomAttribute("href")).toList();
                assertThat(links).as(user).isNotEmpty();
                for (String link : links) {
                    browser.open(link);
                    assertThat(browser.title()).as(user + " " + link).endsWith("Client care console");
                    assertThat(browser.all("h1 .status-code")).as(user + " " + link).isEmpty();
                }
            }
        }
    }

    /** C2, C7: a client's page shows the tier change and the feedback recorded, with who recorded them. */
    @Test
    void c2_a_clients_page_shows_its_tier_history_and_feedback() {
        String clientId = registerClient("alice");
        assertThat(Http.put(system.command("/api/clients/" + clientId + "/annual-revenue"), """
                {"annualRevenue": {"amount": "1500000.00", "currency": "USD"}, "reason": "new contract"}
                """).status()).isEqualTo(204);
        assertThat(Http.post(system.command("/api/clients/" + clientId + "/feedback"),
                "{\"csat\": 4, \"context\": \"PERIODIC\"}").status()).isEqualTo(201);
        Eventually.within(CATCH_UP, "the new tier", () -> "PLATINUM".equals(
                Http.get(system.query("/api/clients/" + clientId)).body().path("tier").asText()));

        try (Browser analyst = Browser.signedInAs("analyst", system.querySide.baseUrl())) {
            analyst.open("/console/clients/" + clientId);
            assertThat(analyst.text("#client-tier")).isEqualTo("PLATINUM");
            assertThat(analyst.text("#tier-history dd[data-field='to']")).isEqualTo("PLATINUM");
            assertThat(analyst.text("#feedback dd[data-field='csat']")).isEqualTo("4");
        }
    }

    /** C5: a page size typed out of range is brought into range on a client's page, never a server error. */
    @Test
    void c5_a_clients_page_takes_a_page_size_out_of_range_into_range() {
        String clientId = registerClient("alice");
        Eventually.within(CATCH_UP, "the client", () ->
                Http.get(system.query("/api/clients/" + clientId)).status() == 200);

        try (Browser analyst = Browser.signedInAs("analyst", system.querySide.baseUrl())) {
            analyst.open("/console/clients/" + clientId + "?size=-1");
            assertThat(analyst.all("h1 .status-code")).isEmpty();
            assertThat(analyst.text("#client-tier")).isEqualTo("SILVER");
        }
    }

    /** S7: a complaint as of before its final response beside now, the status marked as changed. */
    @Test
    void s7_an_auditor_sees_a_complaint_as_of_an_instant_beside_now_with_the_differences_marked() {
        String complaintId = logComplaint(registerClient("alice"), Instant.now().minus(3, ChronoUnit.DAYS));
        Instant between = Instant.now().minus(2, ChronoUnit.DAYS);
        assertThat(Http.post(system.command("/api/complaints/" + complaintId + "/assessment"),
                "{\"summary\": \"ok\", \"assessedAt\": \"" + between.plus(1, ChronoUnit.HOURS) + "\"}").status())
                .isEqualTo(204);
        String at = java.time.LocalDateTime.ofInstant(between, REPORTING_ZONE).truncatedTo(ChronoUnit.SECONDS).toString();

        try (Browser auditor = Browser.signedInAs("auditor", system.querySide.baseUrl())) {
            auditor.open("/console/audit/as-of?kind=complaint&basis=BUSINESS&id=" + complaintId + "&at=" + at);
            assertThat(auditor.find("#as-of tr[data-path='complaint.state.assessedAt']").getAttribute("data-changed"))
                    .isEqualTo("true");
            assertThat(auditor.text("#as-of tr[data-path='complaint.state.assessedAt'] .then")).isEmpty();
            assertThat(auditor.find("#as-of tr[data-path='complaint.state.status']").getAttribute("data-changed"))
                    .isEqualTo("false");
        }
    }

    /** S7: the as-of page shows a complaint's times in the reporting zone, the UTC instant on hover. */
    @Test
    void s7_the_as_of_page_shows_times_in_the_reporting_zone_with_utc_on_hover() {
        Instant received = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String complaintId = logComplaint(registerClient("alice"), received);
        String at = java.time.LocalDateTime.ofInstant(Instant.now(), REPORTING_ZONE).truncatedTo(ChronoUnit.SECONDS)
                .toString();

        try (Browser auditor = Browser.signedInAs("auditor", system.querySide.baseUrl())) {
            auditor.open("/console/audit/as-of?kind=complaint&basis=BUSINESS&id=" + complaintId + "&at=" + at);
            String receivedAt = "#as-of tr[data-path='complaint.state.receivedAt'] .now time";
            assertThat(auditor.text(receivedAt)).isEqualTo(LOCAL.format(received.atZone(REPORTING_ZONE)));
            assertThat(Instant.parse(auditor.find(receivedAt).getAttribute("title"))).isEqualTo(received);
        }
    }

    /**
     * The hash chain verified on request, in the background: the button starts a check, the page follows it until
     * its report; the projections listed, the replay button for ADMIN alone.
     */
    @Test
    void an_auditor_runs_the_integrity_check_and_only_an_admin_is_offered_replays() {
        try (Browser auditor = Browser.signedInAs("auditor", system.querySide.baseUrl())) {
            auditor.open("/console/audit/integrity");
            auditor.find("#run-check").click();
            assertThat(Long.parseLong(auditor.await("#events-checked").getText())).isPositive();
            assertThat(auditor.text("#integrity-result")).isEqualTo("INTACT");
            assertThat(auditor.text(".check-progress")).matches("\\d+ of \\d+ events");
            auditor.open("/console/audit/integrity?check=no-such-check");
            assertThat(auditor.text("h1 .status-code")).isEqualTo("404");
            auditor.open("/console/audit/projections");
            assertThat(auditor.all("#projections tr[data-projection='client-summary']")).hasSize(1);
            assertThat(auditor.all("button.start-replay")).isEmpty();
        }
        try (Browser admin = Browser.signedInAs("admin", system.querySide.baseUrl())) {
            admin.open("/console/audit/projections");
            assertThat(admin.all("button.start-replay")).isNotEmpty();
        }
    }

    private static List<String> complaintRows(Browser browser) {
        return browser.all("#complaints tr[data-complaint]").stream().map(row -> row.getAttribute("data-complaint"))
                .toList();
    }

    private static String registerClient(String accountManager) {
        String id = "c-" + UUID.randomUUID();
        Http.Response created = Http.post(system.command("/api/clients"), """
                {"id": "%s", "name": "Console Ltd", "kind": "ORGANISATION", "email": "ops@console.example",
                 "annualRevenue": {"amount": "250000", "currency": "USD"}, "accountManager": "%s",
                 "preferredChannels": ["EMAIL"], "marketingConsent": {"EMAIL": true, "SMS": false},
                 "registeredAt": "%s"}
                """.formatted(id, accountManager, ClientJourneyIT.ONBOARDED));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return id;
    }

    private static String logComplaint(String clientId, Instant received) {
        Http.Response logged = Http.post(system.command("/api/complaints"), """
                {"clientId": "%s", "channel": "PHONE", "category": "SERVICE_STANDARD", "description": "too slow",
                 "receivedAt": "%s", "potentialClaim": true}
                """.formatted(clientId, received));
        assertThat(logged.status()).as(logged.text()).isEqualTo(201);
        return logged.body().get("id").asText();
    }
}
