package com.clientcare.eventstore;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** H2's page cache is sized by these figures: a decoded document's heap, not its BSON bytes (#16). */
class DecodedSizeTest {

    @Test
    void aDocumentOfSmallFieldsTakesSeveralTimesItsBsonSize() {
        Document commit = new Document("_id", "client-00042");
        for (int i = 0; i < 20; i++) {
            commit.append("field" + i, "value" + i);
        }

        // measured on the store at 972,680 events: 3 to 10 times, the more so the smaller the fields
        assertThat(DecodedSize.of(commit)).isGreaterThan(4 * bsonBytes(commit));
    }

    @Test
    void aDocumentIsItsMapTableEntriesKeysAndValues() {
        Document version = new Document("_id", "c-1").append("version", 7L);

        int map = 16 + 56 + (16 + 4 * 16);
        int entries = 2 * 40;
        int keys = (24 + 24) + (24 + 24);
        int values = (24 + 24) + 24;
        assertThat(DecodedSize.of(version)).isEqualTo(map + entries + keys + values);
    }

    @Test
    void aKeyListGrowsWithItsKeys() {
        List<Object> ten = keys(10);
        List<Object> thousand = keys(1000);

        int perKey = (DecodedSize.of(new Document("keys", thousand)) - DecodedSize.of(new Document("keys", ten))) / 990;
        assertThat(perKey).isBetween(4 + 24 + 24, 4 + 24 + 32);
    }

    @Test
    void anIndexKeyCountsItsParts() {
        assertThat(DecodedSize.of(new KeyValue("a", "b"))).isGreaterThan(DecodedSize.of(new KeyValue("a")));
        assertThat(DecodedSize.of(new byte[1000])).isEqualTo(1016);
    }

    private static List<Object> keys(int count) {
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            keys.add("k-%05d".formatted(i));
        }
        return keys;
    }

    private static int bsonBytes(Document document) {
        ByteBuf bytes = Unpooled.buffer();
        BsonEncoder.encodeDocument(document, bytes);
        return bytes.readableBytes();
    }
}
