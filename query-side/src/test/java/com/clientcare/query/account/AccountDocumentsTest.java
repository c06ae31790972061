package com.clientcare.query.account;

import com.clientcare.shared.account.AccountStatus;
import com.clientcare.shared.account.MovementType;
import com.clientcare.shared.account.StatementLine;
import com.clientcare.shared.common.Money;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** M1: the statement and the reconciliation a client receives, as PDF and CSV, say what the read model says. */
class AccountDocumentsTest {

    private static final Instant AT = Instant.parse("2026-01-06T10:00:00Z");
    private final AccountDocuments documents = new AccountDocuments("Smith & Co Surveyors");
    private final AccountView account = new AccountView("a-1", "c-1", "survey of Ærø House", "GBP", gbp("0.00"),
            AccountStatus.CLOSED, AT, AT, AT, 3, 5, null, List.of(), List.of());

    @Test
    void m1_a_statement_pdf_shows_the_firm_and_the_opening_and_closing_balances() throws IOException {
        StatementView statement = new StatementView("a-1", "c-1", 2, AT, "money received", gbp("0.00"),
                List.of(new StatementLine("r-1", MovementType.RECEIPT, gbp("1000.00"), AT, "BACS 1", null,
                        gbp("1000.00"))), gbp("1000.00"));

        String text = text(documents.statementPdf(account, statement));

        assertThat(text).contains("Smith & Co Surveyors", "Statement 2", "Opening balance: 0.00 GBP",
                "Closing balance: 1000.00 GBP", "BACS 1");
    }

    @Test
    void m1_text_the_font_cannot_print_becomes_a_question_mark_not_an_error() throws IOException {
        AccountView foreign = new AccountView("a-1", "c-1", "調査", "GBP", gbp("0.00"), AccountStatus.OPEN, AT, null,
                AT, 1, 1, null, List.of(), List.of());
        StatementView opening = new StatementView("a-1", "c-1", 1, AT, "account opened", gbp("0.00"), List.of(),
                gbp("0.00"));

        assertThat(text(documents.statementPdf(foreign, opening))).contains("For: ??");
    }

    @Test
    void m1_a_reconciliation_csv_lists_each_movement_then_the_totals() {
        MovementView receipt = new MovementView("r-1", MovementType.RECEIPT, gbp("1000.00"), AT, "BACS 1", null, null,
                gbp("1000.00"));
        MovementView drawDown = new MovementView("d-1", MovementType.DRAW_DOWN, gbp("1000.00"), AT, "INV-1",
                "survey", null, gbp("0.00"));
        Reconciliation reconciliation = new Reconciliation("a-1", "c-1", "survey", "GBP", AT, AT, List.of(receipt),
                List.of(drawDown), List.of(), gbp("1000.00"), gbp("1000.00"), gbp("0.00"), gbp("0.00"));

        assertThat(documents.reconciliationCsv(reconciliation)).isEqualTo(
                "line,movementId,at,reference,stage,amount,balance,currency\r\n"
                        + "RECEIPT,r-1,2026-01-06T10:00:00Z,BACS 1,,1000.00,1000.00,GBP\r\n"
                        + "DRAW_DOWN,d-1,2026-01-06T10:00:00Z,INV-1,survey,1000.00,0.00,GBP\r\n"
                        + "total received,,,,,1000.00,,GBP\r\n"
                        + "total drawn down,,,,,1000.00,,GBP\r\n"
                        + "total refunded,,,,,0.00,,GBP\r\n"
                        + "closing balance,,,,,,0.00,GBP\r\n");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static Money gbp(String amount) {
        return Money.of(amount, "GBP");
    }
}
