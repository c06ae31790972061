package com.clientcare.query.account;

import com.clientcare.query.infra.CsvTable;
import com.clientcare.shared.account.StatementLine;
import com.clientcare.shared.common.Money;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The documents a client receives (M1): each statement and the reconciliation, as PDF and as CSV, from the same read
 * model as the JSON, under the firm's name ({@code clientcare.documents.firm-name}).
 */
@Component
public class AccountDocuments {

    /** One line of a document as CSV: a balance, a movement or a total. */
    public record Row(String line, String movementId, Instant at, String reference, String stage, String amount,
               String balance, String currency) {
    }

    private final String firm;

    public AccountDocuments(@Value("${clientcare.documents.firm-name:Client Care LLP}") String firm) {
        this.firm = firm;
    }

    byte[] statementPdf(AccountView account, StatementView statement) {
        List<String> lines = new ArrayList<>(header(account));
        lines.add("Statement " + statement.number() + ", issued " + statement.issuedAt() + " (" + statement.reason()
                + ")");
        lines.add("");
        lines.add("Opening balance: " + text(statement.openingBalance()));
        statement.movements().forEach(movement -> lines.add(describe(movement)));
        lines.add("Closing balance: " + text(statement.closingBalance()));
        return PrintedDocument.of(firm, "Client account statement", lines);
    }

    String statementCsv(StatementView statement) {
        List<Row> rows = new ArrayList<>();
        rows.add(balanceRow("opening balance", statement.openingBalance()));
        statement.movements().forEach(movement -> rows.add(new Row(movement.type().name(), movement.movementId(),
                movement.at(), movement.reference(), movement.stage(), movement.amount().amount().toPlainString(),
                movement.balanceAfter().amount().toPlainString(), movement.amount().currency())));
        rows.add(balanceRow("closing balance", statement.closingBalance()));
        return CsvTable.of(Row.class, rows);
    }

    byte[] reconciliationPdf(AccountView account, Reconciliation reconciliation) {
        List<String> lines = new ArrayList<>(header(account));
        lines.add("Work completed " + reconciliation.completedAt());
        section(lines, "Receipts", reconciliation.receipts(), reconciliation.totalReceived());
        section(lines, "Draw-downs", reconciliation.drawDowns(), reconciliation.totalDrawnDown());
        section(lines, "Refunds", reconciliation.refunds(), reconciliation.totalRefunded());
        lines.add("");
        lines.add("Closing balance: " + text(reconciliation.closingBalance()));
        return PrintedDocument.of(firm, "Client account reconciliation", lines);
    }

    String reconciliationCsv(Reconciliation reconciliation) {
        List<Row> rows = new ArrayList<>();
        List.of(reconciliation.receipts(), reconciliation.drawDowns(), reconciliation.refunds())
                .forEach(movements -> movements.forEach(movement -> rows.add(new Row(movement.type().name(),
                        movement.id(), movement.at(), movement.reference(), movement.stage(),
                        movement.amount().amount().toPlainString(), movement.balanceAfter().amount().toPlainString(),
                        movement.amount().currency()))));
        rows.add(totalRow("total received", reconciliation.totalReceived()));
        rows.add(totalRow("total drawn down", reconciliation.totalDrawnDown()));
        rows.add(totalRow("total refunded", reconciliation.totalRefunded()));
        rows.add(balanceRow("closing balance", reconciliation.closingBalance()));
        return CsvTable.of(Row.class, rows);
    }

    private static List<String> header(AccountView account) {
        return List.of("Client account " + account.id() + " of client " + account.clientId(),
                "For: " + account.purpose(), "Currency: " + account.currency(), "");
    }

    private static void section(List<String> lines, String title, List<MovementView> movements, Money total) {
        lines.add("");
        lines.add(title + ":");
        movements.forEach(movement -> lines.add("  " + movement.at() + "  " + text(movement.amount())
                + (movement.reference() == null ? "" : "  ref " + movement.reference())
                + (movement.stage() == null ? "" : "  stage " + movement.stage())));
        lines.add("Total " + title.toLowerCase() + ": " + text(total));
    }

    private static String describe(StatementLine movement) {
        return "  " + movement.at() + "  " + movement.type() + "  " + text(movement.amount())
                + (movement.reference() == null ? "" : "  ref " + movement.reference())
                + (movement.stage() == null ? "" : "  stage " + movement.stage())
                + "  balance " + text(movement.balanceAfter());
    }

    private static Row balanceRow(String what, Money amount) {
        return new Row(what, null, null, null, null, null, amount.amount().toPlainString(), amount.currency());
    }

    private static Row totalRow(String what, Money amount) {
        return new Row(what, null, null, null, null, amount.amount().toPlainString(), null, amount.currency());
    }

    private static String text(Money money) {
        return money.amount().toPlainString() + " " + money.currency();
    }
}
