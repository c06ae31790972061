package com.clientcare.query.marketing;

import com.clientcare.shared.client.FindMarketingResponseRatesQuery;
import com.clientcare.shared.common.Channel;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Marketing response rates per campaign and channel, for analysts. */
@RestController
public class MarketingController {

    private final QueryGateway queries;

    public MarketingController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/marketing/response-rates")
    public List<MarketingResponseRate> responseRates(@RequestParam(required = false) String campaign,
                                                     @RequestParam(required = false) Channel channel) {
        return queries.query(new FindMarketingResponseRatesQuery(campaign, channel),
                ResponseTypes.multipleInstancesOf(MarketingResponseRate.class)).join();
    }
}
