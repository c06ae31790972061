package com.clientcare.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

import java.io.IOException;

/**
 * Text in a request may hold tabs and line breaks, never other control characters (NUL, terminal escapes):
 * they end up in the permanent log and in every report and export made from it.
 */
final class PrintableText extends StdScalarDeserializer<String> {

    static final String REFUSED = "must not contain control characters other than tab and line breaks";

    PrintableText() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = StringDeserializer.instance.deserialize(parser, context);
        if (text != null && text.chars().anyMatch(PrintableText::refused)) {
            throw InvalidFormatException.from(parser, REFUSED, text, String.class);
        }
        return text;
    }

    private static boolean refused(int c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
    }
}
