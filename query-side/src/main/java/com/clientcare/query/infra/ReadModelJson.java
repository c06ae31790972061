package com.clientcare.query.infra;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import org.bson.Document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A read model's values as documents and back, through Jackson's tokens instead of JSON text. The text was the
 * stored form's definition (a value written as JSON and parsed by {@link Document#parse}, a document written as
 * relaxed JSON and read by Jackson), and cost a third of a replay's thread at 972,681 events (#16): formatting and
 * parsing every document a projection read or wrote. The tokens give the same documents: each number takes the type
 * {@code Document.parse} gives its JSON text (an integer the smallest of int32 and int64 it fits, any other number a
 * double), so what is stored, and a replay's comparison with what was stored before, are unchanged.
 */
final class ReadModelJson {

    private ReadModelJson() {
    }

    static Document toDocument(ObjectMapper mapper, Object value) {
        try (TokenBuffer tokens = new TokenBuffer(mapper, false)) {
            mapper.writeValue(tokens, value);
            try (JsonParser parser = tokens.asParser(mapper)) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw new IllegalArgumentException("a read model's value is a JSON object: " + value);
                }
                return object(parser);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> T fromDocument(ObjectMapper mapper, Document document, Class<T> type) {
        return mapper.convertValue(document, type);
    }

    /** The object whose START_OBJECT the parser is on. */
    private static Document object(JsonParser parser) throws IOException {
        Document document = new Document();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            document.append(field, value(parser));
        }
        return document;
    }

    private static Object value(JsonParser parser) throws IOException {
        return switch (parser.currentToken()) {
            case START_OBJECT -> object(parser);
            case START_ARRAY -> array(parser);
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(parser.getNumberValue());
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new IllegalArgumentException("no JSON form for " + parser.currentToken()
                    + " in a read model's value");
        };
    }

    private static List<Object> array(JsonParser parser) throws IOException {
        List<Object> values = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            values.add(value(parser));
        }
        return values;
    }

    /** The number {@code Document.parse} reads from the text Jackson writes for it. */
    private static Object number(Number number) {
        if (number instanceof Double || number instanceof Float) {
            double value = number instanceof Float single ? Double.parseDouble(single.toString()) : (Double) number;
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("a read model's number is finite: " + number);
            }
            return value;
        }
        if (number instanceof BigDecimal decimal) {
            String text = decimal.toString();
            return text.indexOf('.') >= 0 || text.indexOf('E') >= 0 ? Double.parseDouble(text)
                    : integer(decimal.toBigIntegerExact());
        }
        if (number instanceof BigInteger big) {
            return integer(big);
        }
        long value = number.longValue();
        return value == (int) value ? (Object) (int) value : (Object) value;
    }

    private static Object integer(BigInteger value) {
        if (value.bitLength() < Integer.SIZE) {
            return value.intValue();
        }
        if (value.bitLength() < Long.SIZE) {
            return value.longValue();
        }
        throw new IllegalArgumentException("a read model's integer fits in 64 bits: " + value);
    }
}
