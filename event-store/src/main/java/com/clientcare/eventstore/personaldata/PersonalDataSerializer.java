package com.clientcare.eventstore.personaldata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;

import javax.crypto.SecretKey;
import java.util.Objects;
import java.util.Optional;

/**
 * Jackson serialization with crypto-shredding (C8): the personal fields of a message are encrypted with its data
 * subject's key on the way into the store and decrypted on the way out, so events, snapshots and anything else
 * stored hold no personal data in clear, and destroying the key erases it from the immutable history.
 * Types without personal data pass straight through.
 */
public class PersonalDataSerializer implements Serializer {

    private static final String SUBJECT = "dataSubject";
    private static final String SEALED = "sealed";

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
        String subject = layout.subjectOf(tree).orElse(null);
        SecretKey key = subject == null ? null : keys.forWriting(subject);
        JsonNode stored = tree;
        if (key != null && layout.sealedWhole()) {
            stored = jackson.getObjectMapper().createObjectNode()
                    .put(SUBJECT, subject)
                    .put(SEALED, cipher.encrypt(tree.toString(), key));
        } else if (key != null) {
            layout.rewrite(tree, plain -> cipher.encrypt(plain, key));
        }
        SerializedObject<JsonNode> encrypted =
                new SimpleSerializedObject<>(stored, JsonNode.class, typeForClass(object.getClass()));
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
        if (layout.sealedWhole()) {
            tree = unseal(tree);
        } else {
            var key = layout.subjectOf(tree).flatMap(keys::forReading);
            layout.rewrite(tree, stored -> cipher.decrypt(stored, key));
        }
        return jackson.deserialize(new SimpleSerializedObject<>(tree, JsonNode.class, serializedObject.getType()));
    }

    /**
     * For the storage engine's snapshot filter: a snapshot sealed under a destroyed key is passed over, so the
     * aggregate is rebuilt from its events, whose personal fields then read as erased.
     */
    public boolean isReadable(DomainEventData<?> snapshot) {
        PersonalFieldLayout layout = PersonalFieldLayout.of(classForType(snapshot.getPayload().getType()));
        if (!layout.sealedWhole()) {
            return true;
        }
        JsonNode sealed = getConverter().convert(snapshot.getPayload(), JsonNode.class).getData();
        return !sealed.has(SEALED) || keys.forReading(sealed.get(SUBJECT).asText()).isPresent();
    }

    /**
     * For the storage engine's snapshot filter: a snapshot of an earlier shape of its aggregate (another
     * {@code @Revision}) is passed over, so the aggregate is rebuilt from its events instead of misread.
     */
    public boolean isCurrentRevision(DomainEventData<?> snapshot) {
        SerializedType stored = snapshot.getPayload().getType();
        return Objects.equals(typeForClass(classForType(stored)).getRevision(), stored.getRevision());
    }

    /**
     * A sealed object whose key is destroyed cannot be read at all; for a snapshot that makes Axon fall back to
     * the events, whose personal fields then read as erased.
     */
    private JsonNode unseal(JsonNode sealed) {
        if (!sealed.has(SEALED)) {
            return sealed;
        }
        String subject = sealed.get(SUBJECT).asText();
        SecretKey key = keys.forReading(subject).orElseThrow(() -> new PersonalDataErased(subject));
        try {
            return jackson.getObjectMapper().readTree(cipher.decrypt(sealed.get(SEALED).asText(), Optional.of(key)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a sealed object of " + subject + " does not read back", e);
        }
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
