package com.clientcare.query.report;

import com.clientcare.shared.report.FindMonthlyReportQuery;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.YearMonth;
import java.util.Map;

/** The monthly complaints and service-level report as JSON and CSV ({@code month=2026-03}). */
@RestController
@RequestMapping("/api/reports")
public class ReportController {

    private final QueryGateway queries;

    public ReportController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/monthly")
    public MonthlyReport monthly(@RequestParam YearMonth month) {
        return queries.query(new FindMonthlyReportQuery(month), ResponseTypes.instanceOf(MonthlyReport.class)).join();
    }

    /** One line per figure: section, key, value. */
    @GetMapping(value = "/monthly.csv", produces = "text/csv")
    public ResponseEntity<String> monthlyCsv(@RequestParam YearMonth month) {
        MonthlyReport report = monthly(month);
        StringBuilder csv = new StringBuilder("section,key,value\r\n")
                .append("complaints received,all,").append(report.complaintsReceived()).append("\r\n");
        lines(csv, "complaints received by category", report.receivedByCategory());
        csv.append("final responses,all,").append(report.finalResponses()).append("\r\n");
        lines(csv, "final responses by outcome", report.finalResponsesByOutcome());
        csv.append("days to final response,median,").append(blankIfNull(report.medianDaysToFinalResponse()))
                .append("\r\ndays to final response,p90,").append(blankIfNull(report.p90DaysToFinalResponse()))
                .append("\r\nbreaches,all,").append(report.breaches()).append("\r\n");
        lines(csv, "breaches by rule", report.breachesByRule());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"report-" + month + ".csv\"")
                .body(csv.toString());
    }

    private static void lines(StringBuilder csv, String section, Map<String, Integer> counts) {
        counts.forEach((key, value) -> csv.append(section).append(',').append(key).append(',').append(value)
                .append("\r\n"));
    }

    private static String blankIfNull(Object value) {
        return value == null ? "" : value.toString();
    }
}
