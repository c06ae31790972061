package com.clientcare.eventstore.personaldata;

import com.clientcare.eventstore.InMemoryBsonBackend;
import com.clientcare.shared.client.ClientKind;
import com.clientcare.shared.client.ClientRegisteredEvent;
import com.clientcare.shared.client.ContactDetails;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.client.TierChangedEvent;
import com.clientcare.shared.common.Channel;
import com.clientcare.shared.common.Money;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataSerializerTest {

    private static final Instant AT = Instant.parse("2026-03-02T09:15:00Z");

    private MongoServer server;
    private MongoClient client;
    private SubjectKeys keys;
    private PersonalDataSerializer serializer;

    @BeforeEach
    void setUp() {
        server = new MongoServer(new InMemoryBsonBackend());
        client = MongoClients.create("mongodb://localhost:" + server.bind().getPort());
        keys = new SubjectKeys(client.getDatabase("test"), Clock.systemUTC(), Duration.ofMinutes(1));
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        serializer = new PersonalDataSerializer(JacksonSerializer.builder().objectMapper(mapper).build(), keys);
    }

    @AfterEach
    void tearDown() {
        client.close();
        server.shutdownNow();
    }

    @Revision("2")
    record Shaped(String id) {
    }

    @Test
    void a_snapshot_of_an_earlier_revision_of_its_aggregate_is_passed_over() {
        assertThat(serializer.isCurrentRevision(snapshotOf(Shaped.class, "1"))).isFalse();
        assertThat(serializer.isCurrentRevision(snapshotOf(Shaped.class, "2"))).isTrue();
    }

    private static GenericDomainEventEntry<String> snapshotOf(Class<?> type, String revision) {
        return new GenericDomainEventEntry<>("Shaped", "s-1", 5, "e-1", AT, type.getName(), revision, "{}", "{}");
    }

    @Test
    void c8_personal_fields_are_stored_encrypted_and_read_back_in_clear() {
        ClientRegisteredEvent event = registered("c-1");

        String stored = serializer.serialize(event, String.class).getData();

        assertThat(stored).doesNotContain("Ada Lovelace", "ada@example.org", "+44 1", "12 St James's Square")
                .contains("enc:v1:", "\"tier\":\"GOLD\"", "\"amount\":\"750000.00\"", "\"accountManager\":\"alice\"");
        assertThat((ClientRegisteredEvent) read(serializer.serialize(event, String.class))).isEqualTo(event);
    }

    @Test
    void c8_after_the_key_is_destroyed_personal_fields_read_as_erased_and_the_rest_is_intact() {
        SerializedObject<String> stored = serializer.serialize(registered("c-1"), String.class);
        SerializedObject<String> otherClient = serializer.serialize(registered("c-2"), String.class);

        keys.destroy("c-1");

        ClientRegisteredEvent erased = read(stored);
        assertThat(erased.name()).isEqualTo("[erased]");
        assertThat(erased.contact()).isEqualTo(new ContactDetails("[erased]", "[erased]", "[erased]"));
        assertThat(erased.tier()).isEqualTo(Tier.GOLD);
        assertThat(erased.annualRevenue()).isEqualTo(Money.of("750000.00", "USD"));
        assertThat(erased.registeredAt()).isEqualTo(AT);
        assertThat(((ClientRegisteredEvent) read(otherClient)).name()).isEqualTo("Ada Lovelace");
    }

    @Test
    void c8_personal_data_written_after_erasure_is_unreadable_at_once() {
        keys.destroy("c-1");

        SerializedObject<String> stored = serializer.serialize(registered("c-1"), String.class);

        assertThat(stored.getData()).doesNotContain("Ada Lovelace");
        assertThat(((ClientRegisteredEvent) read(stored)).name()).isEqualTo("[erased]");
    }

    @Test
    void c8_another_application_that_refreshes_no_longer_decrypts_with_its_cached_key() {
        SerializedObject<String> stored = serializer.serialize(registered("c-1"), String.class);
        SubjectKeys otherKeys = new SubjectKeys(client.getDatabase("test"), Clock.systemUTC(), Duration.ofMinutes(1));
        PersonalDataSerializer other = new PersonalDataSerializer(JacksonSerializer.builder()
                .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule())).build(), otherKeys);
        assertThat(((ClientRegisteredEvent) other.deserialize(stored)).name()).isEqualTo("Ada Lovelace");

        keys.destroy("c-1");
        otherKeys.refresh();

        assertThat(((ClientRegisteredEvent) other.deserialize(stored)).name()).isEqualTo("[erased]");
    }

    @Test
    void a_refresh_with_no_erasure_since_keeps_the_cached_keys() {
        SerializedObject<String> stored = serializer.serialize(registered("c-1"), String.class);
        keys.refresh();
        client.getDatabase("test").getCollection(SubjectKeys.COLLECTION).deleteMany(new Document());

        keys.refresh();

        assertThat(((ClientRegisteredEvent) read(stored)).name()).isEqualTo("Ada Lovelace");
    }

    @Test
    void messages_without_personal_data_are_plain_jackson() {
        TierChangedEvent event = new TierChangedEvent("c-1", Tier.SILVER, Tier.GOLD, Tier.GOLD.engagementLevel(),
                "growth", AT);

        SerializedObject<String> stored = serializer.serialize(event, String.class);

        assertThat(stored.getData()).contains("\"reason\":\"growth\"");
        assertThat((TierChangedEvent) read(stored)).isEqualTo(event);
    }

    @Test
    void every_encryption_of_the_same_value_differs() {
        String first = serializer.serialize(registered("c-1"), String.class).getData();
        String second = serializer.serialize(registered("c-1"), String.class).getData();

        assertThat(first).isNotEqualTo(second);
    }

    @SuppressWarnings("unchecked")
    private <T> T read(SerializedObject<String> stored) {
        return (T) serializer.deserialize(stored);
    }

    private static ClientRegisteredEvent registered(String id) {
        return new ClientRegisteredEvent(id, "Ada Lovelace", ClientKind.INDIVIDUAL,
                new ContactDetails("ada@example.org", "+44 1", "12 St James's Square"), Money.of("750000.00", "USD"),
                Tier.GOLD, Tier.GOLD.engagementLevel(), "alice", List.of(Channel.EMAIL), Map.of(Channel.EMAIL, true), AT);
    }
}
