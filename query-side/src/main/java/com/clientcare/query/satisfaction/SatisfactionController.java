package com.clientcare.query.satisfaction;

import com.clientcare.query.infra.CsvTable;
import com.clientcare.shared.client.Tier;
import com.clientcare.shared.satisfaction.FindSatisfactionTrendsQuery;
import com.clientcare.shared.satisfaction.Granularity;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/**
 * C7 satisfaction trends for analysts: JSON, CSV and an SVG chart of the same table. {@code from} and {@code to}
 * take an instant or a date (midnight in the reporting zone); {@code from} inclusive, {@code to} exclusive.
 */
@RestController
@RequestMapping("/api/satisfaction")
public class SatisfactionController {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv");
    private static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

    private final QueryGateway queries;

    public SatisfactionController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/trends")
    public List<SatisfactionTrend> trends(@RequestParam(defaultValue = "MONTH") Granularity granularity,
                                          @RequestParam(required = false) Instant from,
                                          @RequestParam(required = false) Instant to,
                                          @RequestParam(required = false) Tier tier,
                                          @RequestParam(required = false) String accountManager) {
        return queries.query(new FindSatisfactionTrendsQuery(granularity, from, to, tier, accountManager),
                ResponseTypes.multipleInstancesOf(SatisfactionTrend.class)).join();
    }

    @GetMapping(value = "/trends.csv", produces = "text/csv")
    public ResponseEntity<String> csv(@RequestParam(defaultValue = "MONTH") Granularity granularity,
                                      @RequestParam(required = false) Instant from,
                                      @RequestParam(required = false) Instant to,
                                      @RequestParam(required = false) Tier tier,
                                      @RequestParam(required = false) String accountManager) {
        String table = CsvTable.of(SatisfactionTrend.class, trends(granularity, from, to, tier, accountManager));
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"satisfaction-trends.csv\"")
                .body(table);
    }

    @GetMapping(value = "/trends/chart.svg", produces = "image/svg+xml")
    public ResponseEntity<String> chart(@RequestParam(defaultValue = "QUARTER") Granularity granularity,
                                        @RequestParam(required = false) Instant from,
                                        @RequestParam(required = false) Instant to,
                                        @RequestParam(required = false) Tier tier,
                                        @RequestParam(required = false) String accountManager) {
        String title = "Client satisfaction by " + granularity.name().toLowerCase()
                + (tier == null ? "" : ", " + tier) + (accountManager == null ? "" : ", " + accountManager);
        return ResponseEntity.ok().contentType(SVG)
                .body(TrendChart.svg(title, trends(granularity, from, to, tier, accountManager)));
    }
}
