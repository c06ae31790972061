package com.clientcare.eventstore;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.clientcare.eventstore.commitlog.CommitLogStorageEngine;
import com.clientcare.eventstore.personaldata.PersonalDataSerializer;
import com.clientcare.eventstore.personaldata.SubjectKeys;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.clientcare.eventstore.cluster.InstanceName;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigureBefore;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;


/**
 * Wires Axon to MongoDB for both applications: the client, the event storage engine, the token store,
 * Jackson serialization for everything Axon stores (never XStream), and event metadata.
 */
@AutoConfiguration
@AutoConfigureBefore(name = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
@EnableConfigurationProperties(MongoConnectionProperties.class)
public class EventStoreConfiguration {

    @Bean(destroyMethod = "close")
    public EmbeddedMongoServer embeddedMongoServer(MongoConnectionProperties properties) {
        return EmbeddedMongoServer.startIfHosted(properties);
    }

    /**
     * The embedded store's file, where this application hosts it: its size ({@code clientcare.store.file.size},
     * bytes), the share of it in chunks ({@code clientcare.store.file.fill}, percent; the rest is free space that
     * chunks reuse) and the share of the chunks still live ({@code clientcare.store.chunks.live}, percent).
     */
    @Bean
    public MeterBinder embeddedStoreMeters(EmbeddedMongoServer server) {
        return registry -> server.fileStats().ifPresent(hosted -> {
            Gauge.builder("clientcare.store.file.size", () -> server.fileStats().orElseThrow().fileBytes())
                    .baseUnit("bytes").description("the embedded store's file").register(registry);
            Gauge.builder("clientcare.store.file.fill", () -> server.fileStats().orElseThrow().fillRate())
                    .baseUnit("percent").description("the share of the store's file in chunks").register(registry);
            Gauge.builder("clientcare.store.chunks.live", () -> server.fileStats().orElseThrow().chunksFillRate())
                    .baseUnit("percent").description("the share of the chunks' bytes still live").register(registry);
        });
    }

    @Bean(destroyMethod = "close")
    public MongoClient mongoClient(MongoConnectionProperties properties,
                                   @SuppressWarnings("unused") EmbeddedMongoServer startedFirst) {
        return MongoClients.create(MongoClientSettings.builder()
                .applicationName("client-care")
                .applyConnectionString(new ConnectionString(properties.effectiveUri()))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                        properties.storeTimeout().toMillis(), TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(
                        (int) properties.storeTimeout().toMillis(), TimeUnit.MILLISECONDS))
                .build());
    }

    @Bean
    public MongoDatabase mongoDatabase(MongoClient client, MongoConnectionProperties properties) {
        return client.getDatabase(properties.database());
    }

    @Bean
    public MongoTemplate axonMongoTemplate(MongoDatabase database) {
        return DefaultMongoTemplate.builder().mongoDatabase(database).build();
    }

    @Bean
    public SubjectKeys subjectKeys(MongoDatabase database) {
        return new SubjectKeys(database, Clock.systemUTC(), Duration.ofSeconds(30));
    }

    /** Jackson, with personal fields encrypted per data subject (C8). */
    @Bean
    @Primary
    public PersonalDataSerializer serializer(SubjectKeys subjectKeys) {
        return new PersonalDataSerializer(JacksonSerializer.builder().objectMapper(storageObjectMapper()).build(),
                subjectKeys);
    }

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    public CommitLogStorageEngine eventStorageEngine(MongoDatabase database, PersonalDataSerializer serializer,
                                                     ObjectProvider<EventUpcaster> upcasters,
                                                     ObjectProvider<MeterRegistry> meters,
                                                     MongoConnectionProperties connection) {
        CommitLogStorageEngine.Builder builder = CommitLogStorageEngine.builder();
        meters.ifAvailable(builder::meterRegistry);
        return builder
                .database(database)
                .pendingIndexed(!connection.usesEmbeddedServer())
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .snapshotFilter(snapshot -> serializer.isCurrentRevision(snapshot) && serializer.isReadable(snapshot))
                .upcasterChain(new EventUpcasterChain(upcasters.orderedStream().toList()))
                .build();
    }

    /**
     * Tokens and their claims: an instance that stops renewing a segment's claim (it died) loses it after
     * {@code clientcare.processing.claim-timeout}, and another instance's processor takes the segment over.
     */
    @Bean
    public TokenStore tokenStore(MongoTemplate template, Serializer serializer,
                                 @Value("${clientcare.processing.claim-timeout:10s}") Duration claimTimeout) {
        return MongoTokenStore.builder()
                .mongoTemplate(template)
                .serializer(serializer)
                .claimTimeout(claimTimeout)
                .nodeId(InstanceName.get())
                .ensureIndexes(false)
                .build();
    }

    @Bean
    public StoreIndexes storeIndexes(CommitLogStorageEngine engine, TokenStore tokenStore) {
        return new StoreIndexes(() -> {
            engine.ensureIndexes();
            ((MongoTokenStore) tokenStore).ensureIndexes();
            engine.placeUnplacedCommits();
        });
    }

    @Bean
    public CorrelationDataProvider eventMetadataProvider() {
        return new EventMetadataProvider();
    }

    /** Kept apart from the web layer's mapper, so that changing how HTTP renders JSON never changes stored events. */
    private static ObjectMapper storageObjectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
