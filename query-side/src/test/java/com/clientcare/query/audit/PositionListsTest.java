package com.clientcare.query.audit;

import com.clientcare.query.infra.InMemoryMongo;
import com.clientcare.query.infra.KeyIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** #16: the positions an audit index lists, read between two positions across many buckets, in the log's order. */
class PositionListsTest {

    private final InMemoryMongo mongo = new InMemoryMongo();
    private final PositionLists lists = new PositionLists(new KeyIndex(mongo.database("index"), "test"), "test",
            position -> String.format("%06d", position / 10));

    @AfterEach
    void tearDown() {
        mongo.close();
    }

    @Test
    void a_reading_lists_the_positions_after_a_position_up_to_where_the_index_stands_across_buckets_in_order() {
        LongStream.iterate(2_999, position -> position >= 0, position -> position - 3)
                .forEach(position -> lists.add("type:Rare", position));
        lists.add("type:Other", 25);

        List<Long> read = new ArrayList<>();
        lists.reading("type:Rare", 20, 2_600).positions().forEachRemaining(read::add);

        assertThat(read).containsExactlyElementsOf(LongStream.rangeClosed(21, 2_600)
                .filter(position -> position % 3 == 2).boxed().toList());
    }

    @Test
    void a_reading_past_where_the_index_stands_lists_nothing() {
        lists.add("type:Rare", 5);

        assertThat(lists.reading("type:Rare", 7, 7).positions()).isExhausted();
        assertThat(lists.reading("type:Rare", 7, 7).size()).isZero();
    }
}
