package com.clientcare.query.satisfaction;

import com.clientcare.query.infra.CsvTable;
import com.clientcare.shared.satisfaction.FindSatisfactionTrendsQuery;
import com.clientcare.shared.satisfaction.Granularity;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

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
    public List<SatisfactionTrend> trends(TrendFilter filter) {
        return trends(filter.query(Granularity.MONTH));
    }

    @GetMapping(value = "/trends.csv", produces = "text/csv")
    public ResponseEntity<String> csv(TrendFilter filter) {
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"satisfaction-trends.csv\"")
                .body(CsvTable.of(SatisfactionTrend.class, trends(filter.query(Granularity.MONTH))));
    }

    @GetMapping(value = "/trends/chart.svg", produces = "image/svg+xml")
    public ResponseEntity<String> chart(TrendFilter filter) {
        FindSatisfactionTrendsQuery query = filter.query(Granularity.QUARTER);
        String title = "Client satisfaction by " + query.granularity().name().toLowerCase()
                + (query.tier() == null ? "" : ", " + query.tier())
                + (query.accountManager() == null ? "" : ", " + query.accountManager());
        return ResponseEntity.ok().contentType(SVG).body(TrendChart.svg(title, trends(query)));
    }

    private List<SatisfactionTrend> trends(FindSatisfactionTrendsQuery query) {
        return queries.query(query, ResponseTypes.multipleInstancesOf(SatisfactionTrend.class)).join();
    }
}
