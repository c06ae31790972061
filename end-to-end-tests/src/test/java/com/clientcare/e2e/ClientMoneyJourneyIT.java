package com.clientcare.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Client money (M1) over HTTP, both applications as processes: an account opened, paid into, drawn down under agreed
 * terms, an overdraw refused, the rest refunded, the work completed, and the reconciliation as JSON, CSV and PDF.
 */
class ClientMoneyJourneyIT {

    private static final Duration CATCH_UP = Duration.ofSeconds(45);
    private static final Http FINANCE = Http.as("consumer");
    private static final Http ANALYST = Http.as("analyst");
    private static SharedSystem system;

    @BeforeAll
    static void startSystem() {
        system = SharedSystem.get();
    }

    @Test
    void m1_an_account_from_opening_to_reconciliation() throws Exception {
        String clientId = "c-" + UUID.randomUUID();
        assertThat(Http.post(system.command("/api/clients"), ClientJourneyIT.clientJson(clientId, "250000", "USD"))
                .status()).isEqualTo(201);
        String account = "acc-" + UUID.randomUUID();
        String path = "/api/client-accounts/" + account;

        assertThat(command("POST", "/api/client-accounts", """
                {"id": "%s", "clientId": "%s", "purpose": "building survey of 1 High St", "currency": "GBP"}"""
                .formatted(account, clientId)).status()).isEqualTo(201);
        assertThat(command("POST", path + "/receipts", """
                {"amount": {"amount": "1500.00", "currency": "GBP"}, "reference": "BACS 7731"}""").status())
                .isEqualTo(201);
        assertThat(command("PUT", path + "/draw-down-terms", """
                {"stages": [{"name": "survey", "maxAmount": {"amount": "800.00", "currency": "GBP"}},
                            {"name": "report", "maxAmount": {"amount": "500.00", "currency": "GBP"}}],
                 "agreedBy": "Ann Client"}""").status()).isEqualTo(204);
        assertThat(drawDown(path, "survey", "800.00", "INV-1").status()).isEqualTo(201);
        assertThat(drawDown(path, "report", "450.50", "INV-2").status()).isEqualTo(201);

        Http.Response overdraw = drawDown(path, "report", "49.51", "INV-3");
        assertThat(overdraw.status()).isEqualTo(422);
        assertThat(overdraw.body().get("rule").asText()).isEqualTo("M1");
        Http.Response early = command("POST", path + "/completion", "{}");
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.body().get("rule").asText()).isEqualTo("M1");

        assertThat(command("POST", path + "/refunds", """
                {"amount": {"amount": "249.50", "currency": "GBP"}, "reason": "work finished under budget"}""")
                .status()).isEqualTo(201);
        assertThat(command("POST", path + "/completion", "{}").status()).isEqualTo(204);
        Http.Response late = command("POST", path + "/receipts", """
                {"amount": {"amount": "1.00", "currency": "GBP"}, "reference": "late"}""");
        assertThat(late.status()).isEqualTo(422);

        String reconciliation = system.query(path + "/reconciliation");
        Eventually.within(CATCH_UP, "the reconciliation", () -> ANALYST.send("GET", reconciliation, null).status() == 200);
        JsonNode reconciled = ANALYST.send("GET", reconciliation, null).body();
        assertThat(reconciled.get("totalReceived").get("amount").asText()).isEqualTo("1500.00");
        assertThat(reconciled.get("totalDrawnDown").get("amount").asText()).isEqualTo("1250.50");
        assertThat(reconciled.get("totalRefunded").get("amount").asText()).isEqualTo("249.50");
        assertThat(reconciled.get("closingBalance").get("amount").asText()).isEqualTo("0.00");
        assertThat(reconciled.get("drawDowns").findValuesAsText("reference")).containsExactly("INV-1", "INV-2");

        JsonNode view = ANALYST.send("GET", system.query(path), null).body();
        assertThat(view.get("status").asText()).isEqualTo("CLOSED");
        assertThat(view.get("movements").findValuesAsText("type"))
                .containsExactly("RECEIPT", "DRAW_DOWN", "DRAW_DOWN", "REFUND");
        Http.Response statements = ANALYST.send("GET", system.query(path + "/statements"), null);
        assertThat(statements.body().findValuesAsText("number")).containsExactly("1", "2", "3", "4", "5");
        assertThat(statements.body().get(4).get("closingBalance").get("amount").asText()).isEqualTo("0.00");

        String pdf = pdfText(system.query(path + "/reconciliation.pdf"));
        assertThat(pdf).contains("Client account reconciliation", "1500.00 GBP", "1250.50 GBP", "249.50 GBP",
                "Closing balance: 0.00 GBP");
        assertThat(pdfText(system.query(path + "/statements/3.pdf"))).contains("Opening balance: 1500.00 GBP",
                "Closing balance: 700.00 GBP");
        String csv = ANALYST.send("GET", system.query(path + "/reconciliation.csv"), null).text();
        assertThat(csv).contains("total drawn down,,,,,1250.50,,GBP");

        JsonNode asOpened = Http.as("auditor").send("GET", system.query("/api/audit/client-accounts/" + account
                + "?basis=BUSINESS&asOf=" + view.get("openedAt").asText()), null).body();
        assertThat(asOpened.get("state").get("status").asText()).isEqualTo("OPEN");
        assertThat(asOpened.get("state").get("balance").get("amount").asText()).isEqualTo("0.00");
    }

    @Test
    void m1_a_replay_of_the_client_accounts_beside_the_live_ones_finds_no_difference_and_the_history_is_whole()
            throws IOException {
        String clientId = "c-" + UUID.randomUUID();
        assertThat(Http.post(system.command("/api/clients"), ClientJourneyIT.clientJson(clientId, "250000", "USD"))
                .status()).isEqualTo(201);
        String account = "acc-" + UUID.randomUUID();
        assertThat(command("POST", "/api/client-accounts", """
                {"id": "%s", "clientId": "%s", "purpose": "valuation", "currency": "EUR"}"""
                .formatted(account, clientId)).status()).isEqualTo(201);
        assertThat(command("POST", "/api/client-accounts/" + account + "/receipts", """
                {"amount": {"amount": "99.99", "currency": "EUR"}, "reference": "SEPA 1"}""").status()).isEqualTo(201);
        Eventually.within(CATCH_UP, "the receipt on the live read model", () -> "99.99".equals(ANALYST.send("GET",
                system.query("/api/client-accounts/" + account), null).body().path("balance").path("amount").asText()));

        String history = Http.as("auditor").send("GET", system.query("/api/audit/client-accounts/" + account
                + "/events.ndjson"), null).text();
        ObjectMapper json = new ObjectMapper();
        List<String> types = new ArrayList<>();
        for (String line : history.lines().toList()) {
            types.add(json.readTree(line).get("type").asText());
        }
        assertThat(types).containsExactly("ClientAccountOpenedEvent", "StatementIssuedEvent", "MoneyReceivedEvent",
                        "StatementIssuedEvent");

        Http.Response started = Http.post(system.query("/api/audit/replays"), "{\"projection\": \"client-accounts\"}");
        assertThat(started.status()).isEqualTo(202);
        String report = system.query(started.location());
        Eventually.within(CATCH_UP, "the replay to finish", () -> {
            String status = Http.as("auditor").send("GET", report, null).body().path("status").asText();
            return status.equals("NO_DIFFERENCES") || status.equals("DIFFERENCES_FOUND") || status.equals("FAILED");
        });
        JsonNode finished = Http.as("auditor").send("GET", report, null).body();
        assertThat(finished.get("differences")).as(finished.toString()).isEmpty();
        assertThat(finished.get("status").asText()).isEqualTo("NO_DIFFERENCES");
        assertThat(finished.get("documentsCompared").asInt()).isPositive();
    }

    private static Http.Response drawDown(String path, String stage, String amount, String invoice) {
        return command("POST", path + "/draw-downs", """
                {"stage": "%s", "amount": {"amount": "%s", "currency": "GBP"}, "invoiceReference": "%s"}"""
                .formatted(stage, amount, invoice));
    }

    private static Http.Response command(String method, String path, String json) {
        return FINANCE.send(method, system.command(path), json);
    }

    /** The text of the PDF the analyst downloads; loading it proves it opens. */
    private static String pdfText(String url) throws IOException, InterruptedException {
        String credentials = Base64.getEncoder().encodeToString("analyst:analyst-local".getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Basic " + credentials).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
