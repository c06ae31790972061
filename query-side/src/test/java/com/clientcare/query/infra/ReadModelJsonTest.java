package com.clientcare.query.infra;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The token path gives the documents and values the JSON text gave (#16): what was stored before stays what a
 * replay rebuilds, number types included (an int32 is not equal to an int64 of the same value in a document).
 */
class ReadModelJsonTest {

    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    enum Tier { GOLD }

    record Nested(String name, double share, List<Integer> counts) {
    }

    record Value(String text, int small, long smallLong, long largeLong, double whole, double tenth, double huge,
                 float single, BigDecimal money, BigDecimal wholeMoney, BigDecimal exponent, BigDecimal scaled,
                 Instant at, LocalDate day, Tier tier, boolean flag, String absent, List<Nested> nested,
                 Map<String, Object> loose) {
    }

    private Value value() {
        Map<String, Object> loose = new LinkedHashMap<>();
        loose.put("count", 3L);
        loose.put("rate", 0.25);
        loose.put("list", List.of(1, 2_000_000_000_000L, "x"));
        return new Value("émigré \"quoted\"", 7, 5L, 2_000_000_000_000L, 5.0, 0.1, 1.0E20, 0.1f,
                new BigDecimal("1234.56"), new BigDecimal("100"), new BigDecimal("1E+2"), new BigDecimal("12.30"),
                Instant.parse("2026-11-30T23:59:59.123456789Z"), LocalDate.parse("2026-02-28"), Tier.GOLD, true,
                null, List.of(new Nested("a", 1.5, List.of(1, 2)), new Nested("b", 0.0, new ArrayList<>())), loose);
    }

    @Test
    void a_value_becomes_the_document_its_json_text_parses_to_number_types_included() throws Exception {
        Document byText = Document.parse(mapper.writeValueAsString(value()));

        Document byTokens = ReadModelJson.toDocument(mapper, value());

        assertThat(byTokens).isEqualTo(byText);
        assertThat(byTokens.toJson()).isEqualTo(byText.toJson());
        assertThat(byTokens.get("smallLong")).isInstanceOf(Integer.class);
        assertThat(byTokens.get("largeLong")).isInstanceOf(Long.class);
        assertThat(byTokens.get("whole")).isInstanceOf(Double.class);
        assertThat(byTokens.get("wholeMoney")).isEqualTo(100);
        assertThat(byTokens.get("exponent")).isEqualTo(100.0);
        assertThat(byTokens.containsKey("absent")).isFalse();
    }

    @Test
    void a_stored_document_becomes_the_value_its_relaxed_json_text_reads_as() throws Exception {
        Document stored = Document.parse(mapper.writeValueAsString(value()));
        Value byText = mapper.readValue(stored.toJson(RELAXED), Value.class);

        Value byTokens = ReadModelJson.fromDocument(mapper, stored, Value.class);

        assertThat(byTokens).isEqualTo(byText);
        assertThat(byTokens.money()).isEqualTo(new BigDecimal("1234.56"));
        assertThat(byTokens.scaled()).isEqualTo(new BigDecimal("12.3"));
        assertThat(byTokens.at()).isEqualTo(Instant.parse("2026-11-30T23:59:59.123456789Z"));
    }
}
