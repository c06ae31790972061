package com.clientcare.query.complaint;

import com.clientcare.query.infra.CsvTable;
import com.clientcare.query.infra.NotFound;
import com.clientcare.query.version.AggregateVersions;
import com.clientcare.query.version.Versions;
import com.clientcare.shared.complaint.ComplaintCategory;
import com.clientcare.shared.complaint.ComplaintStatus;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The complaints log and a complaint's full detail (API.md). */
@RestController
@RequestMapping("/api/complaints")
public class ComplaintQueryController {

    private final ComplaintsProjection complaints;
    private final AggregateVersions versions;

    public ComplaintQueryController(ComplaintsProjection complaints, AggregateVersions versions) {
        this.complaints = complaints;
        this.versions = versions;
    }

    @GetMapping
    public List<ComplaintView> log(@RequestParam(required = false) ComplaintStatus status,
                                   @RequestParam(required = false) String clientId,
                                   @RequestParam(required = false) ComplaintCategory category,
                                   @RequestParam(required = false) Boolean awaitingInsurerNotification) {
        return complaints.log(status, clientId, category, awaitingInsurerNotification);
    }

    /** The same log as CSV, one line per complaint. */
    @GetMapping(value = "/export.csv", produces = "text/csv")
    public ResponseEntity<String> csv(@RequestParam(required = false) ComplaintStatus status,
                                      @RequestParam(required = false) String clientId,
                                      @RequestParam(required = false) ComplaintCategory category,
                                      @RequestParam(required = false) Boolean awaitingInsurerNotification) {
        List<ComplaintLogRow> rows = log(status, clientId, category, awaitingInsurerNotification).stream()
                .map(ComplaintLogRow::of).toList();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"complaints.csv\"")
                .body(CsvTable.of(ComplaintLogRow.class, rows));
    }

    /** With the complaint's version as the ETag, for an If-Match on its next command. */
    @GetMapping("/{id}")
    public ResponseEntity<ComplaintView> complaint(@PathVariable String id) {
        ComplaintView complaint = complaints.complaint(id).orElseThrow(() -> new NotFound("complaint", id));
        return Versions.tagged(versions.of(id), complaint);
    }
}
