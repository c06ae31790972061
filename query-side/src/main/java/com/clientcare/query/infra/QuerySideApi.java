package com.clientcare.query.infra;

import com.clientcare.web.api.ApiDescription;
import com.clientcare.web.api.ApiTag;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

/** What {@code /v3/api-docs} of the query side says; the examples are in {@code openapi/examples.json}. */
@Configuration
public class QuerySideApi {

    @Bean
    public ApiDescription querySideApiDescription() {
        return new ApiDescription("Client care: query side", """
                Answers from read models built from the command side's events: client files and activity, \
                satisfaction and marketing figures, service-level clocks and breaches, the complaints log, \
                client money and monthly reports (role ANALYST). Auditors (role AUDITOR) read every event with \
                who, when and why, the state of a record as of a past instant, replays compared with the live \
                read models, and the event log's integrity; resetting a read model is ADMIN's.

                The read models follow the event log: a read right after a command may not show it yet, so \
                poll. Lists are paged with `page` and `size` (total in `X-Total-Count`). Every refusal is \
                `application/problem+json`.""",
                Map.of("client", ApiTag.CLIENTS, "complaint", ApiTag.COMPLAINTS, "report", ApiTag.COMPLAINTS,
                        "sla", ApiTag.SERVICE_LEVELS, "satisfaction", ApiTag.SATISFACTION,
                        "marketing", ApiTag.MARKETING, "account", ApiTag.CLIENT_MONEY, "audit", ApiTag.AUDIT,
                        "cluster", ApiTag.ADMINISTRATION),
                Map.of("/api/admin/", ApiTag.ADMINISTRATION), false);
    }
}
