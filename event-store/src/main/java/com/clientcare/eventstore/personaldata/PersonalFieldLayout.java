package com.clientcare.eventstore.personaldata;

import com.clientcare.shared.common.DataSubject;
import com.clientcare.shared.common.PersonalData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Where a message type keeps personal data (C8): the JSON paths of its {@link PersonalData} text fields and of
 * its {@link DataSubject}, read once per type from the record's components. A type annotated {@link PersonalData}
 * as a whole (an aggregate in a snapshot) is sealed whole.
 */
final class PersonalFieldLayout {

    private static final PersonalFieldLayout NONE = new PersonalFieldLayout(null, List.of(), false);
    private static final Map<Class<?>, PersonalFieldLayout> BY_TYPE = new ConcurrentHashMap<>();

    private final String subjectField;
    private final List<List<String>> personalPaths;
    private final boolean sealedWhole;

    private PersonalFieldLayout(String subjectField, List<List<String>> personalPaths, boolean sealedWhole) {
        this.subjectField = subjectField;
        this.personalPaths = personalPaths;
        this.sealedWhole = sealedWhole;
    }

    static PersonalFieldLayout of(Class<?> type) {
        return BY_TYPE.computeIfAbsent(type, PersonalFieldLayout::read);
    }

    boolean hasPersonalData() {
        return sealedWhole || !personalPaths.isEmpty();
    }

    boolean sealedWhole() {
        return sealedWhole;
    }

    Optional<String> subjectOf(JsonNode tree) {
        JsonNode subject = tree.get(subjectField);
        return subject == null || !subject.isTextual() ? Optional.empty() : Optional.of(subject.asText());
    }

    /** Replaces each personal text value in place; absent and null values stay as they are. */
    void rewrite(JsonNode tree, UnaryOperator<String> rewrite) {
        for (List<String> path : personalPaths) {
            JsonNode parent = tree;
            for (String field : path.subList(0, path.size() - 1)) {
                parent = parent == null ? null : parent.get(field);
            }
            String leaf = path.get(path.size() - 1);
            if (parent instanceof ObjectNode object && object.get(leaf) != null && object.get(leaf).isTextual()) {
                object.put(leaf, rewrite.apply(object.get(leaf).asText()));
            }
        }
    }

    private static PersonalFieldLayout read(Class<?> type) {
        if (type.isAnnotationPresent(PersonalData.class)) {
            String subject = Arrays.stream(type.getDeclaredFields())
                    .filter(field -> field.isAnnotationPresent(DataSubject.class))
                    .map(Field::getName)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(type.getName() + " is personal data as a whole"
                            + " but has no @DataSubject field"));
            return new PersonalFieldLayout(subject, List.of(), true);
        }
        if (!type.isRecord()) {
            return NONE;
        }
        String subject = null;
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.isAnnotationPresent(DataSubject.class)) {
                subject = component.getName();
            }
        }
        List<List<String>> paths = new ArrayList<>();
        collect(type, List.of(), false, paths);
        if (!paths.isEmpty() && subject == null) {
            throw new IllegalStateException(type.getName() + " has personal data but no @DataSubject component");
        }
        return paths.isEmpty() ? NONE : new PersonalFieldLayout(subject, List.copyOf(paths), false);
    }

    private static void collect(Class<?> type, List<String> prefix, boolean allPersonal, List<List<String>> paths) {
        for (RecordComponent component : type.getRecordComponents()) {
            List<String> path = new ArrayList<>(prefix);
            path.add(component.getName());
            boolean personal = allPersonal || component.isAnnotationPresent(PersonalData.class);
            if (component.getType() == String.class && personal) {
                paths.add(List.copyOf(path));
            } else if (component.getType().isRecord()) {
                collect(component.getType(), path, personal, paths);
            }
        }
    }
}
