package com.clientcare.query.account;

import com.clientcare.query.infra.NotFound;
import com.clientcare.shared.account.AccountStatus;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Client accounts, their statements and reconciliations over HTTP (API.md, "Client money", M1). */
@RestController
@Validated
@RequestMapping("/api/client-accounts")
public class ClientAccountQueryController {

    static final String TOTAL_COUNT = "X-Total-Count";
    private static final MediaType CSV = MediaType.parseMediaType("text/csv");

    private final ClientAccountsProjection accounts;
    private final AccountDocuments documents;

    public ClientAccountQueryController(ClientAccountsProjection accounts, AccountDocuments documents) {
        this.accounts = accounts;
        this.documents = documents;
    }

    /** By client (then account id) or by status (then account id); the total before paging in X-Total-Count. */
    @GetMapping
    public ResponseEntity<List<AccountSummary>> accounts(
            @RequestParam(required = false) String clientId,
            @RequestParam(required = false) AccountStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        return paged(accounts.accounts(clientId, status, page, size));
    }

    @GetMapping("/{id}")
    public AccountView account(@PathVariable String id) {
        return accounts.account(id).orElseThrow(() -> new NotFound("client account", id));
    }

    /** Every statement as issued, statement 1 first. */
    @GetMapping("/{id}/statements")
    public ResponseEntity<List<StatementView>> statements(
            @PathVariable String id,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        account(id);
        return paged(accounts.statements(id, page, size));
    }

    @GetMapping("/{id}/statements/{number}")
    public StatementView statement(@PathVariable String id, @PathVariable int number) {
        return accounts.statement(id, number).orElseThrow(() -> new NotFound("statement", number + " of " + id));
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
        return accounts.reconciliation(id).orElseThrow(() -> new NotFound("reconciliation (the work is not complete)"
                + " of client account", id));
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

    static <T> ResponseEntity<List<T>> paged(ClientAccountsProjection.Page<T> page) {
        return ResponseEntity.ok().header(TOTAL_COUNT, String.valueOf(page.total())).body(page.items());
    }

    private static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(body);
    }
}
