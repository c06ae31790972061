package com.clientcare.query.console;

import com.clientcare.query.audit.AsOfController;
import com.clientcare.query.infra.NotFound;
import com.clientcare.shared.audit.TimeBasis;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A client or a complaint as it stood at an instant (picked in the reporting zone) beside the same now, each field
 * that differs marked. Both states are the audit API's own folds (S7: a complaint with its clocks as they stood).
 */
@Controller
public class AsOfConsoleController {

    /**
     * One field of the state, then and now; {@code thenAt} and {@code nowAt} the same values when they are instants,
     * so the page shows them in the reporting zone with UTC on hover, as every other time of the console.
     */
    public record Field(String path, String then, String now, boolean changed, Instant thenAt, Instant nowAt) {

        Field(String path, String then, String now) {
            this(path, then, now, !then.equals(now), instantOrNull(then), instantOrNull(now));
        }

        private static Instant instantOrNull(String value) {
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    private final AsOfController asOf;
    private final ObjectMapper mapper;
    private final ConsoleTimes times;
    private final Clock clock;

    public AsOfConsoleController(AsOfController asOf, ObjectMapper mapper, ConsoleTimes times, Clock clock) {
        this.asOf = asOf;
        this.mapper = mapper;
        this.times = times;
        this.clock = clock;
    }

    @GetMapping("/console/audit/as-of")
    public String asOf(@RequestParam(defaultValue = "complaint") String kind,
                       @RequestParam(required = false) String id,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                       LocalDateTime at,
                       @RequestParam(defaultValue = "RECORDED") TimeBasis basis, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("id", id);
        model.addAttribute("at", at);
        model.addAttribute("basis", basis);
        model.addAttribute("bases", TimeBasis.values());
        if (id == null || id.isBlank() || at == null) {
            return "console/as-of";
        }
        Instant then = at.atZone(times.zone()).toInstant();
        Instant now = clock.instant();
        Function<Instant, Object> read = "client".equals(kind)
                ? instant -> asOf.client(id.strip(), instant, basis)
                : instant -> asOf.complaint(id.strip(), instant, basis);
        try {
            model.addAttribute("then", then);
            model.addAttribute("now", now);
            model.addAttribute("fields", compare(read.apply(then), read.apply(now)));
        } catch (NotFound e) {
            throw new ConsoleNotFound(kind, id);
        }
        return "console/as-of";
    }

    /** Every leaf of either state by its path, then beside now. */
    private List<Field> compare(Object then, Object now) {
        Map<String, String> before = new TreeMap<>();
        Map<String, String> after = new TreeMap<>();
        flatten("", mapper.valueToTree(then), before);
        flatten("", mapper.valueToTree(now), after);
        Map<String, String> paths = new TreeMap<>(before);
        after.forEach(paths::putIfAbsent);
        List<Field> fields = new ArrayList<>();
        paths.keySet().stream().filter(path -> !path.endsWith("asOf")).forEach(path -> {
            String a = before.getOrDefault(path, "");
            String b = after.getOrDefault(path, "");
            fields.add(new Field(path, a, b));
        });
        return fields;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> into) {
        if (node.isObject()) {
            node.properties().forEach(field -> flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(),
                    field.getValue(), into));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), into);
            }
        } else if (!node.isNull()) {
            into.put(path, node.asText());
        }
    }
}
