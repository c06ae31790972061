package com.clientcare.volume;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ClientScriptTest {

    private static final long SEED = 42;
    private static final Instant UNTIL = Instant.parse("2026-11-30T00:00:00Z");
    private static final int CLIENTS = 3_000;
    private static final List<List<Request>> SCRIPTS = IntStream.range(0, CLIENTS)
            .mapToObj(index -> ClientScript.of(SEED, index, UNTIL)).toList();

    @Test
    void the_same_seed_and_client_give_the_same_requests_so_a_rerun_is_a_retry() {
        assertThat(ClientScript.of(SEED, 17, UNTIL)).isEqualTo(ClientScript.of(SEED, 17, UNTIL));
    }

    @Test
    void another_seed_gives_other_clients() {
        assertThat(ClientScript.of(SEED + 1, 17, UNTIL).get(0).body().get("id"))
                .isNotEqualTo(ClientScript.of(SEED, 17, UNTIL).get(0).body().get("id"));
    }

    @Test
    void a_client_is_registered_first_and_nothing_is_dated_before_its_registration_C1() {
        for (List<Request> script : SCRIPTS) {
            Request registration = script.get(0);
            assertThat(registration.path()).isEqualTo("/api/clients");
            assertThat(script).allSatisfy(request ->
                    assertThat(request.businessTime()).isAfterOrEqualTo(registration.businessTime()));
        }
    }

    @Test
    void requests_are_sent_in_the_order_of_their_business_time() {
        for (List<Request> script : SCRIPTS) {
            assertThat(script).isSortedAccordingTo((a, b) -> a.businessTime().compareTo(b.businessTime()));
        }
    }

    @Test
    void no_stated_business_time_is_after_the_end_of_the_data_so_none_is_in_the_future() {
        for (List<Request> script : SCRIPTS) {
            for (Request request : script) {
                stated(request).forEach(time -> assertThat(time).isBefore(UNTIL));
            }
        }
    }

    @Test
    void the_history_spans_two_years() {
        List<Instant> registrations = SCRIPTS.stream().map(script -> script.get(0).businessTime()).toList();
        assertThat(registrations).allSatisfy(at -> assertThat(at).isAfterOrEqualTo(UNTIL.minus(ClientScript.HISTORY)));
        assertThat(registrations.stream().min(Instant::compareTo).orElseThrow())
                .isBefore(UNTIL.minus(ClientScript.HISTORY).plusSeconds(86_400 * 30));
    }

    @Test
    void a_reply_is_never_dated_before_what_it_answers() {
        for (List<Request> script : SCRIPTS) {
            Map<Object, Instant> interactions = new HashMap<>();
            for (Request request : script) {
                if (request.path().endsWith("/interactions")) {
                    Object answered = request.body().get("inReplyTo");
                    if (answered != null) {
                        assertThat(interactions).containsKey(answered);
                        assertThat(request.businessTime()).isAfterOrEqualTo(interactions.get(answered));
                    }
                    interactions.put(request.body().get("id"), request.businessTime());
                }
            }
        }
    }

    @Test
    void every_id_is_used_once_across_all_clients() {
        Set<Object> ids = new HashSet<>();
        SCRIPTS.stream().flatMap(List::stream).map(request -> request.body() == null ? null : request.body().get("id"))
                .filter(id -> id != null)
                .forEach(id -> assertThat(ids.add(id)).as("id %s used once", id).isTrue());
    }

    @Test
    void about_three_clients_in_a_hundred_complain() {
        assertThat(clientsWith(request -> request.path().equals("/api/complaints")))
                .isBetween(CLIENTS * 2L / 100, CLIENTS * 4L / 100);
    }

    @Test
    void clients_have_about_eight_interactions() {
        long interactions = count(request -> request.path().endsWith("/interactions"));
        assertThat(interactions / (double) CLIENTS).isBetween(6.0, 10.0);
    }

    @Test
    void email_enquiries_come_answered_and_unanswered_S1() {
        long enquiries = count(request -> enquiry(request, "EMAIL", "ENQUIRY", "INBOUND"));
        long answers = count(request -> enquiry(request, "EMAIL", "RESPONSE", "OUTBOUND"));
        assertThat(answers).isPositive().isLessThan(enquiries);
    }

    @Test
    void revenues_fall_in_all_four_tiers_C2() {
        Set<String> tiers = new HashSet<>();
        for (List<Request> script : SCRIPTS) {
            @SuppressWarnings("unchecked")
            double revenue = Double.parseDouble((String) ((Map<String, Object>) script.get(0).body()
                    .get("annualRevenue")).get("amount"));
            tiers.add(revenue > 1_000_000 ? "PLATINUM" : revenue >= 500_000 ? "GOLD" : revenue >= 100_000
                    ? "SILVER" : "BRONZE");
        }
        assertThat(tiers).containsExactlyInAnyOrder("PLATINUM", "GOLD", "SILVER", "BRONZE");
    }

    @Test
    void marketing_goes_only_on_a_channel_the_client_consented_to_C6() {
        for (List<Request> script : SCRIPTS) {
            @SuppressWarnings("unchecked")
            Map<String, Boolean> consent = (Map<String, Boolean>) script.get(0).body().get("marketingConsent");
            script.stream().filter(request -> request.path().endsWith("/marketing-messages"))
                    .forEach(message -> assertThat(consent.get((String) message.body().get("channel"))).isTrue());
        }
    }

    @Test
    void an_erasure_is_the_last_request_of_its_client_and_sent_by_an_administrator_C8() {
        long erased = 0;
        for (List<Request> script : SCRIPTS) {
            for (int i = 0; i < script.size(); i++) {
                if (script.get(i).method().equals("DELETE")) {
                    erased++;
                    assertThat(i).isEqualTo(script.size() - 1);
                    assertThat(script.get(i).user()).isEqualTo(Request.User.ADMIN);
                }
            }
        }
        assertThat(erased).isLessThan(CLIENTS / 100);
    }

    private static boolean enquiry(Request request, String channel, String purpose, String direction) {
        return request.path().endsWith("/interactions") && channel.equals(request.body().get("channel"))
                && purpose.equals(request.body().get("purpose")) && direction.equals(request.body().get("direction"));
    }

    private static long count(java.util.function.Predicate<Request> kind) {
        return SCRIPTS.stream().flatMap(List::stream).filter(kind).count();
    }

    private static long clientsWith(java.util.function.Predicate<Request> kind) {
        return SCRIPTS.stream().filter(script -> script.stream().anyMatch(kind)).count();
    }

    private static List<Instant> stated(Request request) {
        if (request.body() == null) {
            return List.of();
        }
        return request.body().entrySet().stream().filter(entry -> entry.getKey().endsWith("At"))
                .map(entry -> Instant.parse((String) entry.getValue())).toList();
    }
}
