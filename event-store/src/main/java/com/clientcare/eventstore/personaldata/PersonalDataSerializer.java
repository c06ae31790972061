package com.clientcare.eventstore.personaldata;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Jackson serialization with crypto-shredding (C8): the personal fields of a message are encrypted with its data
 * subject's key on the way into the store and decrypted on the way out, so events, snapshots and anything else
 * stored hold no personal data in clear, and destroying the key erases it from the immutable history.
 * Types without personal data pass straight through.
 */
public class PersonalDataSerializer implements Serializer {

    private final JacksonSerializer jackson;
    private final SubjectKeys keys;
    private final FieldCipher cipher = new FieldCipher();

    public PersonalDataSerializer(JacksonSerializer jackson, SubjectKeys keys) {
        this.jackson = jackson;
        this.keys = keys;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        PersonalFieldLayout layout = object == null ? null : PersonalFieldLayout.of(object.getClass());
        if (layout == null || !layout.hasPersonalData()) {
            return jackson.serialize(object, expectedRepresentation);
        }
        JsonNode tree = jackson.getObjectMapper().valueToTree(object);
        layout.subjectOf(tree).map(keys::forWriting)
                .ifPresent(key -> layout.rewrite(tree, plain -> cipher.encrypt(plain, key)));
        SerializedObject<JsonNode> encrypted =
                new SimpleSerializedObject<>(tree, JsonNode.class, typeForClass(object.getClass()));
        return getConverter().convert(encrypted, expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        PersonalFieldLayout layout = SerializedType.emptyType().equals(serializedObject.getType())
                ? null : PersonalFieldLayout.of(classForType(serializedObject.getType()));
        if (layout == null || !layout.hasPersonalData()) {
            return jackson.deserialize(serializedObject);
        }
        JsonNode tree = getConverter().convert(serializedObject, JsonNode.class).getData().deepCopy();
        var key = layout.subjectOf(tree).flatMap(keys::forReading);
        layout.rewrite(tree, stored -> cipher.decrypt(stored, key));
        return jackson.deserialize(new SimpleSerializedObject<>(tree, JsonNode.class, serializedObject.getType()));
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return jackson.canSerializeTo(expectedRepresentation);
    }

    @Override
    public Class classForType(SerializedType type) {
        return jackson.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return jackson.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return jackson.getConverter();
    }
}
