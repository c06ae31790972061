package com.clientcare.query.audit;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An auditor's correlation (#16): everything one request caused, read by the positions the correlation index keeps
 * instead of a scan of the log, and still complete while the index trails the log.
 */
class CorrelationReadApiTest extends IndexedAuditLogTest {

    /** A fact no projection but the indexes handle, so the test's events disturb no other read model. */
    record NoteTakenEvent(String note) {
    }

    @Test
    void a_correlation_lists_what_one_request_caused_across_aggregates_in_the_logs_order() throws Exception {
        String correlation = "corr-" + UUID.randomUUID();
        String first = "cr-" + UUID.randomUUID();
        String second = "cr-" + UUID.randomUUID();
        append(first, 0, correlation, "one");
        append(second, 0, "corr-" + UUID.randomUUID(), "someone else's");
        append(second, 1, correlation, "two");
        append(first, 1, correlation, "three");
        awaitIndexed();

        http.perform(get("/api/audit/correlations/" + correlation))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].aggregateId").value(contains(first, second, first)))
                .andExpect(jsonPath("$[*].payload.note").value(contains("one", "two", "three")));
    }

    @Test
    void events_the_index_has_not_seen_yet_are_read_from_the_log_after_where_it_stands() throws Exception {
        String correlation = "corr-" + UUID.randomUUID();
        String aggregate = "cr-" + UUID.randomUUID();
        append(aggregate, 0, correlation, "indexed");
        awaitIndexed();
        withIndexStopped(CorrelationIndex.NAME, () -> {
            append(aggregate, 1, correlation, "not indexed yet");

            http.perform(get("/api/audit/correlations/" + correlation))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[*].payload.note").value(contains("indexed", "not indexed yet")));
        });
    }

    private void append(String aggregate, long sequence, String correlation, String note) {
        append(aggregate, sequence, "auditor-test", correlation, new NoteTakenEvent(note));
    }
}
