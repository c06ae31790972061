package com.clientcare.query.account;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A printable A4 PDF of lines of text under the firm's name and a title (Apache PDFBox, the standard Helvetica, so
 * nothing is embedded or fetched). Characters the font cannot print become '?', never an error.
 */
final class PrintedDocument {

    private static final float MARGIN = 50;
    private static final float LEADING = 14;
    private static final float SIZE = 10;

    private PrintedDocument() {
    }

    static byte[] of(String firm, String title, List<String> lines) {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPageContentStream page = null;
            float y = 0;
            boolean first = true;
            for (String line : lines) {
                if (page == null || y < MARGIN) {
                    if (page != null) {
                        page.endText();
                        page.close();
                    }
                    PDPage next = new PDPage(PDRectangle.A4);
                    document.addPage(next);
                    page = new PDPageContentStream(document, next);
                    page.beginText();
                    y = PDRectangle.A4.getHeight() - MARGIN;
                    page.newLineAtOffset(MARGIN, y);
                    if (first) {
                        write(page, bold, 14, firm);
                        write(page, bold, 12, title);
                        page.newLineAtOffset(0, -LEADING);
                        y -= 3 * LEADING;
                        first = false;
                    }
                }
                write(page, regular, SIZE, line);
                y -= LEADING;
            }
            if (page != null) {
                page.endText();
                page.close();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(PDPageContentStream page, PDType1Font font, float size, String text) throws IOException {
        page.setFont(font, size);
        page.showText(printable(font, text));
        page.newLineAtOffset(0, -LEADING);
    }

    private static String printable(PDType1Font font, String text) {
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            String character = new String(Character.toChars(codePoint));
            try {
                font.encode(character);
                printable.append(character);
            } catch (IllegalArgumentException | IOException unprintable) {
                printable.append('?');
            }
        });
        return printable.toString();
    }
}
