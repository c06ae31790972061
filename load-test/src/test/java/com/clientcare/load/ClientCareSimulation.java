package com.clientcare.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAsDuring;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.incrementUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The system under a realistic mix, arrival rates stepping up until it saturates (an open model: new users arrive
 * whatever the system's speed). API consumers (70 %) register clients and record interactions, feedback and whole
 * complaint life cycles; analysts (25 %) read a client, its interactions, trends, clocks, the complaints log and
 * a monthly report; auditors (5 %) read an events page, a client as of an instant and a correlation. The
 * projection lag, from a registration's answer until the client can be read on the query side, is the group
 * "projection lag", measured on one registration in {@code lagSample} (5); readers read those clients. Settings
 * (system properties): {@code commandUrl}, {@code queryUrl}, {@code startRate}, {@code rateStep} and {@code steps}
 * (users arriving per second), {@code stepSeconds}, {@code lagSample}.
 */
public class ClientCareSimulation extends Simulation {

    private static final String COMMAND_URL = System.getProperty("commandUrl", "http://localhost:8080");
    private static final String QUERY_URL = System.getProperty("queryUrl", "http://localhost:8081");
    private static final double START_RATE = Double.parseDouble(System.getProperty("startRate", "10"));
    private static final double RATE_STEP = Double.parseDouble(System.getProperty("rateStep", "10"));
    private static final int STEPS = Integer.getInteger("steps", 5);
    private static final Duration STEP = Duration.ofSeconds(Integer.getInteger("stepSeconds", 30));
    /**
     * One registration in this many is followed until readable on the query side (its time is the group "projection
     * lag", to 50 ms): polling after every one made most of the requests and slowed the query side it measured.
     */
    private static final int LAG_SAMPLE = Integer.getInteger("lagSample", 5);
    private static final String[] CHANNELS = {"EMAIL", "PHONE", "MEETING", "LETTER", "WEB_FORM"};

    /**
     * Clients registered by this run and readable on the query side, each with its registration's correlation id,
     * for readers to pick from (newest first).
     */
    private static final ConcurrentLinkedDeque<String> CLIENTS = new ConcurrentLinkedDeque<>();

    private final HttpProtocolBuilder protocol = http.acceptHeader("application/json")
            .contentTypeHeader("application/json").shareConnections();

    private static ChainBuilder command(String name, String path, String body, int expected) {
        return exec(http(name).post(COMMAND_URL + path).basicAuth("consumer", "consumer-local")
                .header("X-Correlation-Id", "#{correlationId}").body(StringBody(body)).check(status().is(expected)));
    }

    private static ChainBuilder read(String name, String path, String user) {
        return exec(http(name).get(QUERY_URL + path).basicAuth(user, user + "-local").check(status().is(200)));
    }

    private static final ChainBuilder REGISTER = exec(session -> session
            .set("clientId", "load-" + UUID.randomUUID())
            .set("correlationId", UUID.randomUUID().toString())
            .set("revenue", Math.round(Math.exp(13 + 1.5 * ThreadLocalRandom.current().nextGaussian())))
            .set("channel", CHANNELS[ThreadLocalRandom.current().nextInt(CHANNELS.length)]))
            .exec(command("register client", "/api/clients", """
                    {"id": "#{clientId}", "name": "Load Ltd", "kind": "ORGANISATION", "email": "ops@load.example",
                     "annualRevenue": {"amount": "#{revenue}", "currency": "USD"}, "accountManager": "alice",
                     "preferredChannels": ["EMAIL"], "marketingConsent": {"EMAIL": true}}""", 201))
            .doIf(session -> ThreadLocalRandom.current().nextInt(LAG_SAMPLE) == 0).then(group("projection lag").on(
                    asLongAsDuring(session -> !session.contains("visible"), Duration.ofSeconds(30))
                    .on(exec(http("client visible").get(QUERY_URL + "/api/clients/#{clientId}")
                            .basicAuth("analyst", "analyst-local").check(status().saveAs("seen")))
                            .exec(session -> session.getInt("seen") == 200 ? session.set("visible", true) : session)
                            .doIf(session -> !session.contains("visible")).then(pause(Duration.ofMillis(50)))))
                    .doIf(session -> session.contains("visible")).then(exec(session -> {
                        CLIENTS.addFirst(session.getString("clientId") + " " + session.getString("correlationId"));
                        return session;
                    })));

    private static final ChainBuilder INTERACTIONS = command("record interaction",
            "/api/clients/#{clientId}/interactions", """
                    {"channel": "#{channel}", "direction": "INBOUND", "purpose": "ENQUIRY", "handledBy": "alice",
                     "summary": "a question"}""", 201);

    private static final ChainBuilder FEEDBACK = command("record feedback", "/api/clients/#{clientId}/feedback",
            """
                    {"csat": 4, "nps": 9, "comment": "fine", "context": "PERIODIC"}""", 201);

    private static final ChainBuilder COMPLAINT = exec(session -> session.set("complaintId", UUID.randomUUID()
            .toString()))
            .exec(command("log complaint", "/api/complaints", """
                    {"id": "#{complaintId}", "clientId": "#{clientId}", "channel": "EMAIL", "category": "SERVICE",
                     "description": "slow", "potentialClaim": false}""", 201))
            .exec(command("acknowledge complaint", "/api/complaints/#{complaintId}/acknowledgement", "{}", 204))
            .exec(command("assess complaint", "/api/complaints/#{complaintId}/assessment",
                    "{\"summary\": \"looked into\"}", 204))
            .exec(command("final response", "/api/complaints/#{complaintId}/final-response",
                    "{\"outcome\": \"UPHELD\", \"remedy\": \"apology\"}", 204))
            .exec(command("accept final response", "/api/complaints/#{complaintId}/acceptance", "{}", 204));

    private static final ScenarioBuilder CONSUMERS = scenario("API consumers").exec(REGISTER)
            .repeat(3).on(INTERACTIONS).exec(FEEDBACK)
            .randomSwitch().on(percent(20).then(COMPLAINT));

    private static final Function<Session, Session> PICK_CLIENT = session -> {
        String[] newest = Objects.requireNonNullElse(CLIENTS.peekFirst(), "none none").split(" ");
        return session.set("clientId", newest[0])
                .set("registrationCorrelationId", newest[1])
                .set("month", YearMonth.now().toString())
                .set("now", Instant.now().toString());
    };

    private static final ScenarioBuilder ANALYSTS = scenario("analysts").exec(PICK_CLIENT)
            .doIf(session -> !"none".equals(session.getString("clientId"))).then(
                    read("a client", "/api/clients/#{clientId}", "analyst")
                            .exec(read("interactions", "/api/clients/#{clientId}/interactions?size=20", "analyst"))
                            .exec(read("trends", "/api/satisfaction/trends?granularity=MONTH", "analyst"))
                            .exec(read("clocks", "/api/sla/clocks?clientId=#{clientId}", "analyst"))
                            .exec(read("complaints log", "/api/complaints?size=50", "analyst"))
                            .exec(read("monthly report", "/api/reports/monthly?month=#{month}", "analyst")));

    private static final ScenarioBuilder AUDITORS = scenario("auditors").exec(PICK_CLIENT)
            .doIf(session -> !"none".equals(session.getString("clientId"))).then(
                    read("events page", "/api/audit/events?limit=100", "auditor")
                            .exec(read("client as of", "/api/audit/clients/#{clientId}?asOf=#{now}", "auditor"))
                            .exec(read("a correlation", "/api/audit/correlations/#{registrationCorrelationId}",
                                    "auditor")));

    private static PopulationBuilder arriving(ScenarioBuilder scenario, double share) {
        return scenario.injectOpen(incrementUsersPerSec(RATE_STEP * share).times(STEPS).eachLevelLasting(STEP)
                .separatedByRampsLasting(Duration.ofSeconds(5)).startingFrom(START_RATE * share));
    }

    {
        setUp(List.of(arriving(CONSUMERS, 0.70), arriving(ANALYSTS, 0.25), arriving(AUDITORS, 0.05)))
                .protocols(protocol)
                .assertions(global().failedRequests().percent().lt(1.0));
    }
}
