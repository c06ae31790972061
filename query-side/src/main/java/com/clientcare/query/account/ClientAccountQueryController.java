package com.clientcare.query.account;

import com.clientcare.query.infra.NotFound;
import com.clientcare.query.infra.Paged;
import com.clientcare.shared.account.AccountStatus;
import com.clientcare.shared.account.FindClientAccountQuery;
import com.clientcare.shared.account.FindClientAccountsQuery;
import com.clientcare.shared.account.FindReconciliationQuery;
import com.clientcare.shared.account.FindStatementQuery;
import com.clientcare.shared.account.FindStatementsQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Client accounts, their statements and reconciliations over HTTP (API.md, "Client money", M1); the PDF and CSV
 * documents are printed from the same answers as the JSON.
 */
@RestController
@RequestMapping("/api/client-accounts")
public class ClientAccountQueryController {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv");

    private final QueryGateway queries;
    private final AccountDocuments documents;

    public ClientAccountQueryController(QueryGateway queries, AccountDocuments documents) {
        this.queries = queries;
        this.documents = documents;
    }

    /** By client (then account id) or by status (then account id); the total before paging in X-Total-Count. */
    @GetMapping
    public ResponseEntity<List<AccountSummary>> accounts(
            @RequestParam(required = false) String clientId,
            @RequestParam(required = false) AccountStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(Paged.MAX_SIZE) int size) {
        ClientAccountsProjection.AccountPage found = queries.query(new FindClientAccountsQuery(clientId, status,
                page, size), ResponseTypes.instanceOf(ClientAccountsProjection.AccountPage.class)).join();
        return Paged.ok(found.items(), found.total());
    }

    @GetMapping("/{id}")
    public AccountView account(@PathVariable String id) {
        return queries.query(new FindClientAccountQuery(id), ResponseTypes.optionalInstanceOf(AccountView.class))
                .join()
                .orElseThrow(() -> new NotFound("client account", id));
    }

    /** Every statement as issued, statement 1 first. */
    @GetMapping("/{id}/statements")
    public ResponseEntity<List<StatementView>> statements(
            @PathVariable String id,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(Paged.MAX_SIZE) int size) {
        account(id);
        ClientAccountsProjection.StatementPage found = queries.query(new FindStatementsQuery(id, page, size),
                ResponseTypes.instanceOf(ClientAccountsProjection.StatementPage.class)).join();
        return Paged.ok(found.items(), found.total());
    }

    @GetMapping("/{id}/statements/{number}")
    public StatementView statement(@PathVariable String id, @PathVariable int number) {
        return queries.query(new FindStatementQuery(id, number), ResponseTypes.optionalInstanceOf(StatementView.class))
                .join()
                .orElseThrow(() -> new NotFound("statement", number + " of " + id));
    }

    @GetMapping(value = "/{id}/statements/{number}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    public ResponseEntity<byte[]> statementPdf(@PathVariable String id, @PathVariable int number) {
        return attachment(documents.statementPdf(account(id), statement(id, number)), MediaType.APPLICATION_PDF,
                "statement-" + id + "-" + number + ".pdf");
    }

    @GetMapping(value = "/{id}/statements/{number}.csv", produces = "text/csv")
    public ResponseEntity<byte[]> statementCsv(@PathVariable String id, @PathVariable int number) {
        return attachment(documents.statementCsv(statement(id, number)).getBytes(StandardCharsets.UTF_8),
                CSV, "statement-" + id + "-" + number + ".csv");
    }

    /** Only once the work is complete: before, there is no reconciliation (404). */
    @GetMapping("/{id}/reconciliation")
    public Reconciliation reconciliation(@PathVariable String id) {
        account(id);
        return queries.query(new FindReconciliationQuery(id), ResponseTypes.optionalInstanceOf(Reconciliation.class))
                .join()
                .orElseThrow(() -> new NotFound("reconciliation (the work is not complete) of client account", id));
    }

    @GetMapping(value = "/{id}/reconciliation.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    public ResponseEntity<byte[]> reconciliationPdf(@PathVariable String id) {
        return attachment(documents.reconciliationPdf(account(id), reconciliation(id)), MediaType.APPLICATION_PDF,
                "reconciliation-" + id + ".pdf");
    }

    @GetMapping(value = "/{id}/reconciliation.csv", produces = "text/csv")
    public ResponseEntity<byte[]> reconciliationCsv(@PathVariable String id) {
        return attachment(documents.reconciliationCsv(reconciliation(id)).getBytes(StandardCharsets.UTF_8),
                CSV, "reconciliation-" + id + ".csv");
    }

    private static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(body);
    }
}
